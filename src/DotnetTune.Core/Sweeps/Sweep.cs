using System.Diagnostics;
using DotnetTune.Store;
using DotnetTune.Strategies;
using DotnetTune.Templates;
using DotnetTune.Trials;

namespace DotnetTune.Sweeps;

/// <summary>
/// Runs a study to its budget: asks the strategy for configurations, runs up to `parallel`
/// trials at once through the trial pipeline, reruns what a killed run left unfinished, retries
/// failed trials and stops early on `max_failed` or cancellation.
/// </summary>
public sealed class Sweep(SweepSetup setup)
{
    private readonly Queue<(TrialRequest Request, int Attempt)> _queue = new();
    private readonly Dictionary<Task<TrialRun>, (TrialRequest Request, int Attempt)> _running = [];
    private const int EarlyFailuresThatStop = 3;
    private int _failures;
    private string? _stopReason;
    private bool _setupFailed;
    private bool _stoppedOnFailures;

    public async Task<SweepResult> RunAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var pipeline = CreatePipeline();
        ResumeUnfinished();
        _failures = setup.Store.Trials().Count(t => IsFailure(t) && !FailedToBuild(t));
        setup.Observer.OnStudyLoaded(setup.Store.Trials().Where(t => t.Status.IsFinal()).ToList());

        while (true)
        {
            StartWhileSlotsFree(pipeline, cancellationToken);
            if (_running.Count == 0)
            {
                break;
            }

            var done = await Task.WhenAny(_running.Keys).ConfigureAwait(false);
            var (request, attempt) = _running[done];
            _running.Remove(done);
            Account(request, attempt, await done.ConfigureAwait(false), cancellationToken);
        }

        var interrupted = cancellationToken.IsCancellationRequested;
        return new SweepResult(stopwatch.Elapsed, _stopReason, interrupted)
        {
            SetupFailed = _setupFailed,
            StoppedOnFailures = _stoppedOnFailures,
        };
    }

    private TrialPipeline CreatePipeline()
    {
        var manifest = setup.Manifest;
        var layout = new StudyLayout(manifest.StudyDirectory);
        var target = TrialRuntimeTarget.ForHost(setup.Device);
        var renderer = TemplateRenderer.Load(setup.Template);
        var render = new RenderStage(setup.Template, renderer, manifest, setup.Assets, target);
        var builds = new BuildCache(layout);
        builds.BuildStarted += setup.Observer.OnBuildStarted;
        var run = new RunStage(manifest.Objective, manifest.Trial.Timeout);
        return new TrialPipeline(
            layout, render, builds, run, setup.Store, setup.Observer, setup.Time, setup.ThreadsPerTrial);
    }

    private void ResumeUnfinished()
    {
        var interrupted = setup.Store.MarkRunningAsInterrupted(setup.Time.GetUtcNow());
        var unfinished = setup.Store.Trials().Where(t => !t.Status.IsFinal() || FailedToBuild(t)).ToList();
        foreach (var trial in unfinished)
        {
            var request = new TrialRequest(trial.Id, trial.Number, trial.Repeat, trial.Seed, trial.Configuration);
            _queue.Enqueue((request, 0));
        }

        var done = setup.Store.Trials().Count(t => t.Status.IsFinal());
        if (unfinished.Count > 0 || done > 0)
        {
            var cut = interrupted > 0 ? $" ({interrupted} cut off when the tool was killed)" : "";
            setup.Observer.OnNote(
                $"resuming: {done} finished trial(s) kept, {unfinished.Count} unfinished will run again{cut}");
        }
    }

    private void StartWhileSlotsFree(TrialPipeline pipeline, CancellationToken cancellationToken)
    {
        while (_running.Count < setup.Manifest.Search.Parallel && _stopReason is null &&
               !cancellationToken.IsCancellationRequested)
        {
            if (_queue.Count == 0 && !TryPlanNextConfiguration())
            {
                return;
            }

            var (request, attempt) = _queue.Dequeue();
            var task = Task.Run(() => pipeline.RunAsync(request, attempt, cancellationToken), CancellationToken.None);
            _running[task] = (request, attempt);
        }
    }

    private bool TryPlanNextConfiguration()
    {
        var trials = setup.Store.Trials();
        var number = trials.Select(t => t.Number).DefaultIfEmpty(-1).Max() + 1;
        if (number >= setup.Manifest.Search.Trials)
        {
            return false;
        }

        var history = StudyHistory.Observations(trials, setup.Manifest.Objective);
        var context = new SuggestContext(setup.Manifest.Space, number, history, setup.Manifest.Study.Seed);
        var configuration = setup.Strategy.Suggest(context);
        if (configuration is null)
        {
            _stopReason = $"the search space is exhausted after {number} configuration(s)";
            setup.Observer.OnNote(_stopReason);
            return false;
        }

        for (var repeat = 0; repeat < setup.Manifest.Search.Repeats; repeat++)
        {
            var request = new TrialRequest(
                TrialRequest.IdFor(number, repeat), number, repeat, setup.Manifest.Study.Seed + repeat, configuration);
            var record = new TrialRecord(request.Id, number, repeat, request.Seed, configuration, TrialStatus.Queued);
            setup.Store.AddTrial(record);
            _queue.Enqueue((request, 0));
        }

        return true;
    }

    private void Account(TrialRequest request, int attempt, TrialRun run, CancellationToken cancellationToken)
    {
        var record = run.Record;
        if (run.BuildFailed)
        {
            _setupFailed = true;
            _stopReason ??= $"stopped: the trial project does not build, so no trial can run. {record.Reason}";
            _failures++;
            return;
        }

        if (record.Status == TrialStatus.Failed && attempt < setup.Manifest.Search.Retries &&
            !cancellationToken.IsCancellationRequested)
        {
            var retries = setup.Manifest.Search.Retries;
            setup.Observer.OnNote($"trial {record.Id} failed ({record.Reason}); retry {attempt + 1} of {retries}");
            _queue.Enqueue((request, attempt + 1));
            return;
        }

        if (!IsFailure(record))
        {
            return;
        }

        _failures++;
        if (setup.Manifest.Search.MaxFailed is { } limit && _failures >= limit && _stopReason is null)
        {
            _stoppedOnFailures = true;
            _stopReason = $"stopped after {_failures} failed trial(s) (max_failed = {limit}); " +
                          "see the failed trials' stderr.log, fix the cause, then run again to resume";
            setup.Observer.OnNote(_stopReason);
        }

        StopWhenNothingEverWorked(record);
    }

    /// <summary>
    /// Without max_failed, a study whose first trials all fail is most likely set up wrong (a
    /// metric the template does not report, data it cannot read): stop before the whole budget
    /// burns, with the reason.
    /// </summary>
    private void StopWhenNothingEverWorked(TrialRecord record)
    {
        var finished = setup.Store.Trials().Where(t => t.Status.IsFinal()).ToList();
        var noneCompleted = finished.All(t => t.Status != TrialStatus.Completed);
        if (setup.Manifest.Search.MaxFailed is null && _stopReason is null && noneCompleted &&
            finished.Count >= EarlyFailuresThatStop)
        {
            _stoppedOnFailures = true;
            _stopReason = $"stopped: the first {finished.Count} trials all failed, which points at the setup rather " +
                          $"than the parameters (last reason: {record.Reason}). Fix it and start over with --fresh, " +
                          "or set search.max_failed to let the sweep go on.";
            setup.Observer.OnNote(_stopReason);
        }
    }

    /// <summary>A trial whose project did not build never ran: a later run tries it again.</summary>
    private static bool FailedToBuild(TrialRecord trial) =>
        trial.Status == TrialStatus.Failed &&
        trial.Reason?.StartsWith(BuildCache.FailurePrefix, StringComparison.Ordinal) == true;

    private static bool IsFailure(TrialRecord trial) => trial.Status is TrialStatus.Failed or TrialStatus.TimedOut;
}
