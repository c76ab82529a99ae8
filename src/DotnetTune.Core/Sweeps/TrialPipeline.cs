using System.Diagnostics;
using DotnetTune.Store;
using DotnetTune.Trials;

namespace DotnetTune.Sweeps;

/// <summary>
/// Takes one trial through the stages: render, build (or cache hit), run, collect, and records
/// each step in the store as it happens.
/// </summary>
public sealed class TrialPipeline(
    StudyLayout layout,
    RenderStage render,
    BuildCache builds,
    RunStage run,
    IStudyStore store,
    ISweepObserver observer,
    TimeProvider time,
    int? threads)
{
    /// <summary>
    /// Runs one trial. The trial counts as running (and its duration starts) once its build is
    /// ready, so a first build does not inflate the first trial's time.
    /// </summary>
    public async Task<TrialRun> RunAsync(TrialRequest request, int attempt, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var paths = layout.Trial(request.Id);
        var rendered = render.Render(request, paths, threads);
        var build = await builds.EnsureBuiltAsync(rendered, cancellationToken).ConfigureAwait(false);
        if (!build.CacheHit && !build.Cancelled)
        {
            observer.OnBuildFinished(build);
        }

        if (!build.Succeeded)
        {
            var status = build.Cancelled ? TrialStatus.Interrupted : TrialStatus.Failed;
            var record = Finish(request, new Verdict(status, null, build.Error), null, stopwatch, build, null);
            return new TrialRun(record, BuildFailed: !build.Cancelled);
        }

        store.MarkRunning(request.Id, time.GetUtcNow(), attempt);
        observer.OnTrialStarted(request, attempt);
        var result = await run.RunAsync(build, paths, threads, epoch => OnEpoch(request, epoch), cancellationToken)
            .ConfigureAwait(false);
        var finished = Finish(request, result.Verdict, result.Process.ExitCode, stopwatch, build, result.OwnSeconds);
        return new TrialRun(finished, BuildFailed: false);
    }

    private void OnEpoch(TrialRequest request, EpochMetrics epoch)
    {
        store.AppendEpoch(request.Id, epoch);
        observer.OnEpoch(request, epoch);
    }

    private TrialRecord Finish(
        TrialRequest request,
        Verdict verdict,
        int? exitCode,
        Stopwatch stopwatch,
        BuildResult build,
        double? ownSeconds)
    {
        var outcome = new TrialOutcome(verdict.Status, verdict.Value, verdict.Reason, exitCode, time.GetUtcNow());
        store.Finish(request.Id, outcome);
        var record = store.Trials().First(t => t.Id == request.Id);
        var buildSeconds = build.CacheHit ? 0 : build.Seconds;
        var timings = new TrialTimings(stopwatch.Elapsed.TotalSeconds, buildSeconds, build.CacheHit, ownSeconds);
        observer.OnTrialFinished(record, timings);
        return record;
    }
}

/// <param name="BuildFailed">The trial's project did not build: every trial of that source would fail alike.</param>
public sealed record TrialRun(TrialRecord Record, bool BuildFailed);
