using System.Globalization;
using DotnetTune.Manifest;
using DotnetTune.Reporting;
using DotnetTune.Store;
using DotnetTune.Sweeps;
using DotnetTune.Trials;

namespace DotnetTune.Tool.Output;

/// <summary>
/// One plain line per event, no control characters: for CI logs and redirected output.
/// </summary>
public sealed class PlainProgress(TextWriter output, TuneManifest manifest) : ISweepObserver
{
    private readonly object _gate = new();
    private readonly HashSet<string> _notesShown = [];
    private readonly HashSet<string> _finished = [];
    private double? _best;

    public void OnNote(string message) => Write(message);

    public void OnStudyLoaded(IReadOnlyList<TrialRecord> finished)
    {
        lock (_gate)
        {
            _finished.UnionWith(finished.Select(t => t.Id));
            var values = finished.Where(t => t.Status == TrialStatus.Completed)
                .Select(t => t.Value)
                .OfType<double>()
                .Where(double.IsFinite);
            foreach (var value in values)
            {
                _best = IsNewBest(value) ? value : _best;
            }
        }
    }

    public void OnBuildStarted(string sourceHash) =>
        Write($"build {sourceHash}: building the trial project (once for every trial with this source)");

    public void OnBuildFinished(BuildResult build)
    {
        foreach (var note in build.Notes)
        {
            lock (_gate)
            {
                if (!_notesShown.Add(note))
                {
                    continue;
                }
            }

            Write(note);
        }

        var outcome = build.Succeeded ? "built" : "failed";
        Write($"build {build.SourceHash}: {outcome} in {Durations.Format(TimeSpan.FromSeconds(build.Seconds))}");
    }

    public void OnTrialStarted(TrialRequest trial, int attempt)
    {
        var retry = attempt > 0 ? $" (retry {attempt})" : "";
        var parameters = trial.Configuration.Count > 0 ? trial.Configuration.ToString() : "(no tuned parameters)";
        Write($"trial {trial.Id} started{retry}: {parameters}");
    }

    public void OnEpoch(TrialRequest trial, EpochMetrics metrics)
    {
        var values = string.Join(" ", metrics.Values.Select(v => $"{v.Key}={Format(v.Value)}"));
        Write($"trial {trial.Id} epoch {metrics.Epoch}: {values}");
    }

    public void OnTrialFinished(TrialRecord trial, TrialTimings timings)
    {
        string line;
        lock (_gate)
        {
            if (trial.Status.IsFinal())
            {
                _finished.Add(trial.Id);
            }

            var progress = $"[{_finished.Count} done]";
            var duration = Durations.Format(TimeSpan.FromSeconds(trial.DurationSeconds ?? timings.TotalSeconds));
            if (trial.Status == TrialStatus.Completed && trial.Value is { } value)
            {
                var isBest = double.IsFinite(value) && IsNewBest(value);
                _best = isBest ? value : _best;
                var mark = isBest ? " (best so far)" : "";
                var metric = manifest.Objective.Metric;
                line = $"trial {trial.Id} completed in {duration}: {metric} = {Format(value)}{mark} {progress}";
            }
            else
            {
                line = $"trial {trial.Id} {trial.Status.ToName()} after {duration}: {trial.Reason} {progress}";
            }
        }

        Write(line);
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            var stamp = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            output.WriteLine($"[{stamp}] {line}");
            output.Flush();
        }
    }

    private bool IsNewBest(double value) => _best is null || manifest.Objective.IsBetter(value, _best.Value);

    private static string Format(double value) => ReportWriter.Number(value);
}
