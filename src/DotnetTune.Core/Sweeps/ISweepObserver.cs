using DotnetTune.Store;
using DotnetTune.Trials;

namespace DotnetTune.Sweeps;

/// <summary>
/// What a sweep tells the outside world. The core never writes to the console: the tool turns
/// these events into live progress on a terminal, or plain lines in a log.
/// </summary>
public interface ISweepObserver
{
    void OnNote(string message);

    /// <summary>The trials a resumed study already finished, before any new one runs.</summary>
    void OnStudyLoaded(IReadOnlyList<TrialRecord> finished);

    void OnBuildStarted(string sourceHash);

    void OnBuildFinished(BuildResult build);

    void OnTrialStarted(TrialRequest trial, int attempt);

    void OnEpoch(TrialRequest trial, EpochMetrics metrics);

    void OnTrialFinished(TrialRecord trial, TrialTimings timings);
}

/// <summary>Where a trial's wall time went; overhead is everything but the trial's own run.</summary>
/// <param name="TotalSeconds">Render, build or cache hit, launch, run and collect, end to end.</param>
/// <param name="OwnSeconds">What the trial process says it spent from its Main to its end.</param>
public sealed record TrialTimings(double TotalSeconds, double BuildSeconds, bool BuildCacheHit, double? OwnSeconds)
{
    public double? OverheadSeconds => OwnSeconds is { } own ? TotalSeconds - own : null;
}

/// <summary>An observer that ignores everything.</summary>
public sealed class NullSweepObserver : ISweepObserver
{
    public static NullSweepObserver Instance { get; } = new();

    public void OnNote(string message)
    {
    }

    public void OnStudyLoaded(IReadOnlyList<TrialRecord> finished)
    {
    }

    public void OnBuildStarted(string sourceHash)
    {
    }

    public void OnBuildFinished(BuildResult build)
    {
    }

    public void OnTrialStarted(TrialRequest trial, int attempt)
    {
    }

    public void OnEpoch(TrialRequest trial, EpochMetrics metrics)
    {
    }

    public void OnTrialFinished(TrialRecord trial, TrialTimings timings)
    {
    }
}
