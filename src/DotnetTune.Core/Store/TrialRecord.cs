using DotnetTune.Space;

namespace DotnetTune.Store;

/// <summary>
/// One run of one configuration with one seed, as the store keeps it.
/// </summary>
/// <param name="Id">The trial's id, also its folder name: 0000, 0001, ... (with repeats 0003-r1).</param>
/// <param name="Number">The configuration's 0-based number in the study (repeats share it).</param>
/// <param name="Repeat">0 for the first seed, 1.. for repeats.</param>
/// <param name="Seed">The seed the trial ran with.</param>
/// <param name="Value">The objective metric's last reported value, when completed.</param>
/// <param name="Metrics">Every metric of each reported epoch, in order.</param>
/// <param name="Reason">Why the trial did not complete, in words a user can act on.</param>
public sealed record TrialRecord(
    string Id,
    int Number,
    int Repeat,
    long Seed,
    Configuration Configuration,
    TrialStatus Status,
    double? Value = null,
    IReadOnlyList<EpochMetrics>? Metrics = null,
    string? Reason = null,
    int? ExitCode = null,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? EndedAt = null,
    int Attempt = 0)
{
    public IReadOnlyList<EpochMetrics> Epochs => Metrics ?? [];

    /// <summary>The metrics of the last reported epoch, or an empty set.</summary>
    public IReadOnlyDictionary<string, double> LastMetrics =>
        Epochs.Count > 0 ? Epochs[^1].Values : new Dictionary<string, double>();

    public double? DurationSeconds => StartedAt is { } start && EndedAt is { } end
        ? (end - start).TotalSeconds
        : null;
}

/// <summary>The metrics one epoch reported.</summary>
public sealed record EpochMetrics(int Epoch, IReadOnlyDictionary<string, double> Values);
