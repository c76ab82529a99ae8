using DotnetTune.Build.Elf;

namespace DotnetTune.Build.Tests;

/// <summary>
/// The real libLibTorchSharp.so of TorchSharp 0.107.0, copied next to the tests by the build.
/// </summary>
internal static class TestAssets
{
    public const string Glibcxx3432 = "GLIBCXX_3.4.32";

    public static string LibTorchSharp { get; } =
        Path.Combine(AppContext.BaseDirectory, "Assets", "libLibTorchSharp.so");

    public static ElfImage ReadLibTorchSharp() => ElfImage.Read(LibTorchSharp);

    /// <summary>Every version the library needs from libstdc++: a host new enough for it.</summary>
    public static HashSet<string> NewEnoughHost() =>
        VersionNeedReader.Read(ReadLibTorchSharp())
            .Single(need => need.File == "libstdc++.so.6")
            .Versions.Select(version => version.Name)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A host like Debian 12: everything but the given versions.</summary>
    public static HashSet<string> HostLacking(params string[] versions)
    {
        var host = NewEnoughHost();
        host.ExceptWith(versions);
        return host;
    }
}
