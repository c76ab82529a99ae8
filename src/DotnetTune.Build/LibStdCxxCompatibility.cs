using DotnetTune.Build.Elf;

namespace DotnetTune.Build;

/// <summary>
/// Compares what a shared object needs from libstdc++.so.6 with what the host's one defines.
/// TorchSharp 0.107 is built with GCC 13 and so needs GLIBCXX_3.4.32, but only for
/// std::ios_base_library_init, which it never calls; that one need can safely be made weak.
/// </summary>
public static class LibStdCxxCompatibility
{
    public const string KnownSafeVersion = "GLIBCXX_3.4.32";

    /// <summary>
    /// std::ios_base_library_init(), the only symbol that needs <see cref="KnownSafeVersion"/>.
    /// </summary>
    public const string KnownSafeSymbol = "_ZSt21ios_base_library_initv";

    public static LibStdCxxDiagnosis Diagnose(ElfImage library, IReadOnlySet<string> hostVersions)
    {
        var missing = VersionNeedReader.Read(library)
            .Where(need => need.File == HostLibStdCxx.FileName)
            .SelectMany(need => need.Versions)
            .Where(version => IsLibStdCxxVersion(version.Name) && !version.IsWeak)
            .Where(version => !hostVersions.Contains(version.Name))
            .ToList();
        var names = missing.Select(version => version.Name).ToList();
        if (missing.Count == 0)
        {
            return new LibStdCxxDiagnosis(LibStdCxxState.Loadable, names, []);
        }

        if (missing.Count > 1 || missing[0].Name != KnownSafeVersion)
        {
            return new LibStdCxxDiagnosis(LibStdCxxState.Unfixable, names, []);
        }

        var unsafeSymbols = VersionedSymbolReader.SymbolsBoundTo(library, missing[0].Index)
            .Where(symbol => symbol != KnownSafeSymbol)
            .ToList();
        var state = unsafeSymbols.Count == 0
            ? LibStdCxxState.NeedsWeakPatch
            : LibStdCxxState.Unfixable;
        return new LibStdCxxDiagnosis(state, names, unsafeSymbols);
    }

    private static bool IsLibStdCxxVersion(string name) =>
        name.StartsWith("GLIBCXX_", StringComparison.Ordinal)
        || name.StartsWith("CXXABI_", StringComparison.Ordinal);
}
