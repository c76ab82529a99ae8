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
    public async Task<TrialRecord> RunAsync(TrialRequest request, int attempt, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var paths = layout.Trial(request.Id);
        store.MarkRunning(request.Id, time.GetUtcNow(), attempt);
        observer.OnTrialStarted(request, attempt);

        var rendered = render.Render(request, paths, threads);
        var build = await builds.EnsureBuiltAsync(rendered, cancellationToken).ConfigureAwait(false);
        if (!build.CacheHit && !build.Cancelled)
        {
            observer.OnBuildFinished(build);
        }

        if (!build.Succeeded)
        {
            var status = build.Cancelled ? TrialStatus.Interrupted : TrialStatus.Failed;
            return Finish(request, new Verdict(status, null, build.Error), null, stopwatch, build, null);
        }

        var result = await run.RunAsync(build, paths, threads, epoch => OnEpoch(request, epoch), cancellationToken)
            .ConfigureAwait(false);
        return Finish(request, result.Verdict, result.Process.ExitCode, stopwatch, build, result.OwnSeconds);
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
        store.Finish(request.Id, new TrialOutcome(verdict.Status, verdict.Value, verdict.Reason, exitCode, time.GetUtcNow()));
        var record = store.Trials().First(t => t.Id == request.Id);
        var buildSeconds = build.CacheHit ? 0 : build.Seconds;
        var timings = new TrialTimings(stopwatch.Elapsed.TotalSeconds, buildSeconds, build.CacheHit, ownSeconds);
        observer.OnTrialFinished(record, timings);
        return record;
    }
}
