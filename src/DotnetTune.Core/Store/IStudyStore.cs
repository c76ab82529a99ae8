using DotnetTune.Space;

namespace DotnetTune.Store;

/// <summary>
/// The single source of truth for a study's trials. The sweep writes through it and the
/// summary, report and `status` read from it, so a killed sweep loses only what was not
/// written yet. SQLite serves one machine; a shared database can implement the same contract.
/// </summary>
public interface IStudyStore : IDisposable
{
    /// <summary>Records the study's identity, or checks it against the stored one on resume.</summary>
    void Open(StudyInfo study);

    /// <summary>Adds a trial in state Queued. Ids are unique within a study.</summary>
    void AddTrial(TrialRecord trial);

    void MarkRunning(string trialId, DateTimeOffset startedAt, int attempt);

    void AppendEpoch(string trialId, EpochMetrics metrics);

    void Finish(string trialId, TrialOutcome outcome);

    /// <summary>Every trial in the order they were added.</summary>
    IReadOnlyList<TrialRecord> Trials();

    /// <summary>Marks trials still Running (the tool died under them) as Interrupted; returns how many.</summary>
    int MarkRunningAsInterrupted(DateTimeOffset at);
}

/// <summary>The identity of a study; a resume with a different manifest hash is refused.</summary>
public sealed record StudyInfo(string Name, string ManifestHash, string Strategy, DateTimeOffset CreatedAt);

/// <summary>How a run of a trial ended.</summary>
public sealed record TrialOutcome(
    TrialStatus Status,
    double? Value,
    string? Reason,
    int? ExitCode,
    DateTimeOffset EndedAt);
