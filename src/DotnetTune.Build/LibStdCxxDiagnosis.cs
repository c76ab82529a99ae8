namespace DotnetTune.Build;

/// <summary>What a shared object's needs from libstdc++ mean on this host.</summary>
/// <param name="State">Whether it loads as it is, after the weak patch, or not at all.</param>
/// <param name="MissingVersions">The needed GLIBCXX/CXXABI versions the host lacks, in file
/// order.</param>
/// <param name="UnsafeSymbols">
/// Symbols bound to the otherwise patchable version besides the one known never to be called.
/// </param>
public sealed record LibStdCxxDiagnosis(
    LibStdCxxState State,
    IReadOnlyList<string> MissingVersions,
    IReadOnlyList<string> UnsafeSymbols);

public enum LibStdCxxState
{
    /// <summary>
    /// The host's libstdc++ defines every version needed (or the missing ones are weak).
    /// </summary>
    Loadable,

    /// <summary>
    /// Only the known-safe version is missing: marking it weak makes the file load.
    /// </summary>
    NeedsWeakPatch,

    /// <summary>
    /// Other versions are missing: the file will not load, and no patch is known to be safe.
    /// </summary>
    Unfixable,
}
