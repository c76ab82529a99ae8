using DotnetTune.Manifest;
using DotnetTune.Store;
using DotnetTune.Sweeps;
using DotnetTune.Trials;

namespace DotnetTune.Tool.Output;

/// <summary>
/// What the live display shows, kept up to date by sweep events (from several threads):
/// the running trials, the totals, the best so far and the latest notes.
/// </summary>
public sealed class LiveState(TuneManifest manifest) : ISweepObserver
{
    private const int NotesKept = 6;
    private readonly object _gate = new();
    private readonly Dictionary<string, RunningTrial> _running = [];
    private readonly Queue<string> _notes = new();

    public int Completed { get; private set; }

    public int NotCompleted { get; private set; }

    public TrialRecord? Best { get; private set; }

    public TuneManifest Manifest => manifest;

    public (IReadOnlyList<RunningTrial> Running, IReadOnlyList<string> Notes) Snapshot()
    {
        lock (_gate)
        {
            return (_running.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToList(), _notes.ToList());
        }
    }

    public void OnNote(string message) => AddNote(message);

    public void OnStudyLoaded(IReadOnlyList<TrialRecord> finished)
    {
        foreach (var trial in finished)
        {
            OnTrialFinished(trial, new TrialTimings(0, 0, true, null));
        }
    }

    public void OnBuildStarted(string sourceHash) => AddNote($"building trial project {sourceHash}");

    public void OnBuildFinished(BuildResult build)
    {
        foreach (var note in build.Notes)
        {
            AddNote(note);
        }

        AddNote($"build {build.SourceHash}: {(build.Succeeded ? "built" : "failed")} in {build.Seconds:F1}s");
    }

    public void OnTrialStarted(TrialRequest trial, int attempt)
    {
        lock (_gate)
        {
            var parameters = trial.Configuration.ToString();
            _running[trial.Id] = new RunningTrial(trial.Id, parameters, DateTime.UtcNow, null, null);
        }
    }

    public void OnEpoch(TrialRequest trial, EpochMetrics metrics)
    {
        lock (_gate)
        {
            if (_running.TryGetValue(trial.Id, out var running))
            {
                var value = metrics.Values.TryGetValue(manifest.Objective.Metric, out var v) ? v : (double?)null;
                _running[trial.Id] = running with { Epoch = metrics.Epoch, Latest = value };
            }
        }
    }

    public void OnTrialFinished(TrialRecord trial, TrialTimings timings)
    {
        lock (_gate)
        {
            _running.Remove(trial.Id);
            if (trial.Status == TrialStatus.Completed && trial.Value is { } value && double.IsFinite(value))
            {
                Completed++;
                if (Best?.Value is not { } best || manifest.Objective.IsBetter(value, best))
                {
                    Best = trial;
                }
            }
            else
            {
                NotCompleted++;
            }
        }

        if (trial.Status != TrialStatus.Completed)
        {
            AddNote($"trial {trial.Id} {trial.Status.ToName()}: {trial.Reason}");
        }
    }

    private void AddNote(string message)
    {
        lock (_gate)
        {
            _notes.Enqueue(message);
            while (_notes.Count > NotesKept)
            {
                _notes.Dequeue();
            }
        }
    }
}

/// <summary>A trial on screen: when it started, its last epoch and objective value.</summary>
public sealed record RunningTrial(string Id, string Parameters, DateTime StartedAt, int? Epoch, double? Latest);
