using DotnetTune.Manifest;
using DotnetTune.Store;
using DotnetTune.Strategies;
using DotnetTune.Templates;
using DotnetTune.Trials;

namespace DotnetTune.Sweeps;

/// <summary>Everything a sweep needs, resolved by the caller.</summary>
/// <param name="Device">The resolved device trials run on: "cpu" or "cuda".</param>
public sealed record SweepSetup(
    TuneManifest Manifest,
    TemplateInfo Template,
    ToolAssets Assets,
    IStudyStore Store,
    ISearchStrategy Strategy,
    string Device,
    ISweepObserver Observer,
    TimeProvider Time)
{
    /// <summary>Torch threads per trial: as set, or the cores shared among parallel trials.</summary>
    public int ThreadsPerTrial =>
        Manifest.Trial.Threads ?? Math.Max(1, Environment.ProcessorCount / Math.Max(1, Manifest.Search.Parallel));
}

/// <param name="StopReason">Why the sweep stopped before its budget, when it did.</param>
public sealed record SweepResult(TimeSpan WallTime, string? StopReason, bool Interrupted)
{
    /// <summary>The sweep could not run trials at all (the trial project does not build).</summary>
    public bool SetupFailed { get; init; }

    /// <summary>The sweep stopped on max_failed, or because its first trials all failed.</summary>
    public bool StoppedOnFailures { get; init; }
}
