using DotnetTune.Manifest;
using DotnetTune.Store;

namespace DotnetTune.Reporting;

/// <summary>What the summary and the report are made from: the manifest and the stored trials.</summary>
/// <param name="Device">The device trials ran on.</param>
/// <param name="StopReason">Why the sweep stopped before its budget, when it did.</param>
public sealed record StudyResults(
    TuneManifest Manifest,
    IReadOnlyList<TrialRecord> Trials,
    string Device,
    int ThreadsPerTrial,
    string? StopReason = null,
    IReadOnlyList<string>? StrategyNotes = null,
    string? ToolVersion = null,
    TimeSpan? RunWallTime = null)
{
    public IReadOnlyList<ConfigurationResult> Ranked => Ranking.Rank(Trials, Manifest.Objective);

    public ConfigurationResult? Best => Ranked.FirstOrDefault();

    public int Count(TrialStatus status) => Trials.Count(t => t.Status == status);

    /// <summary>
    /// From the first trial's start to the last one's end, over every run of the study; builds
    /// before the first trial are not in it (<see cref="RunWallTime"/> has the latest run whole).
    /// </summary>
    public TimeSpan WallTime
    {
        get
        {
            var starts = Trials.Where(t => t.StartedAt is not null).Select(t => t.StartedAt!.Value).ToList();
            var ends = Trials.Where(t => t.EndedAt is not null).Select(t => t.EndedAt!.Value).ToList();
            return starts.Count == 0 || ends.Count == 0 ? TimeSpan.Zero : ends.Max() - starts.Min();
        }
    }
}
