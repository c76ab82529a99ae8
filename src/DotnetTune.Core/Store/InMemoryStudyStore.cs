namespace DotnetTune.Store;

/// <summary>
/// A study store in memory, with the SQLite store's behaviour, for tests of the stages that
/// use a store. Safe to use from several threads; nothing outlives the instance.
/// </summary>
public sealed class InMemoryStudyStore : IStudyStore
{
    private const string InterruptedReason = "the sweep stopped while this trial was running";

    private readonly Lock _lock = new();
    private readonly List<TrialRecord> _trials = [];
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);

    /// <summary>The study as first opened; null until <see cref="Open"/>.</summary>
    public StudyInfo? StoredStudy { get; private set; }

    /// <summary>True after <see cref="Open"/> resumed a study made from another manifest.</summary>
    public bool ManifestChanged { get; private set; }

    public void Open(StudyInfo study)
    {
        lock (_lock)
        {
            var stored = StoredStudy ?? study;
            if (stored.Name != study.Name)
            {
                throw new InvalidOperationException(
                    $"the store holds study '{stored.Name}', not '{study.Name}'");
            }

            StoredStudy = stored;
            ManifestChanged = stored.ManifestHash != study.ManifestHash;
        }
    }

    public void AddTrial(TrialRecord trial)
    {
        lock (_lock)
        {
            if (_indexById.ContainsKey(trial.Id))
            {
                throw new InvalidOperationException($"trial {trial.Id} is already in the study");
            }

            var epochs = trial.Epochs.Aggregate(new List<EpochMetrics>(), Replace);
            _indexById.Add(trial.Id, _trials.Count);
            _trials.Add(trial with { Metrics = epochs });
        }
    }

    public void MarkRunning(string trialId, DateTimeOffset startedAt, int attempt) =>
        Update(trialId, trial => trial with
        {
            Status = TrialStatus.Running,
            StartedAt = startedAt,
            Attempt = attempt,
            Value = null,
            Reason = null,
            ExitCode = null,
            EndedAt = null,
        });

    /// <summary>Adds an epoch's metrics; an epoch reported again replaces the old one.</summary>
    public void AppendEpoch(string trialId, EpochMetrics metrics) =>
        Update(trialId, trial => trial with { Metrics = Replace([.. trial.Epochs], metrics) });

    public void Finish(string trialId, TrialOutcome outcome) =>
        Update(trialId, trial => trial with
        {
            Status = outcome.Status,
            Value = outcome.Value,
            Reason = outcome.Reason,
            ExitCode = outcome.ExitCode,
            EndedAt = outcome.EndedAt,
        });

    public IReadOnlyList<TrialRecord> Trials()
    {
        lock (_lock)
        {
            return [.. _trials];
        }
    }

    public int MarkRunningAsInterrupted(DateTimeOffset at)
    {
        lock (_lock)
        {
            var count = 0;
            for (var i = 0; i < _trials.Count; i++)
            {
                if (_trials[i].Status == TrialStatus.Running)
                {
                    _trials[i] = _trials[i] with
                    {
                        Status = TrialStatus.Interrupted,
                        EndedAt = at,
                        Reason = InterruptedReason,
                    };
                    count++;
                }
            }

            return count;
        }
    }

    public void SaveState(string key, string json)
    {
        lock (_lock)
        {
            _states[key] = json;
        }
    }

    public string? LoadState(string key)
    {
        lock (_lock)
        {
            return _states.GetValueOrDefault(key);
        }
    }

    public void Dispose()
    {
    }

    // Keeps epochs ordered by number, with a private copy of the metrics the caller passed.
    private static List<EpochMetrics> Replace(List<EpochMetrics> epochs, EpochMetrics epoch)
    {
        epochs.RemoveAll(e => e.Epoch == epoch.Epoch);
        var values = new Dictionary<string, double>(epoch.Values, StringComparer.Ordinal);
        var copy = epoch with { Values = values };
        var index = epochs.FindIndex(e => e.Epoch > epoch.Epoch);
        epochs.Insert(index < 0 ? epochs.Count : index, copy);
        return epochs;
    }

    private void Update(string trialId, Func<TrialRecord, TrialRecord> change)
    {
        lock (_lock)
        {
            if (!_indexById.TryGetValue(trialId, out var index))
            {
                throw new KeyNotFoundException($"trial {trialId} is not in the study");
            }

            _trials[index] = change(_trials[index]);
        }
    }
}
