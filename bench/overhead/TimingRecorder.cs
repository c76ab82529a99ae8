using DotnetTune.Store;
using DotnetTune.Sweeps;
using DotnetTune.Trials;

namespace DotnetTune.Bench.Overhead;

/// <summary>Keeps each trial's timings and counts the builds a sweep runs.</summary>
public sealed class TimingRecorder : ISweepObserver
{
    private readonly List<TrialTimings> _timings = [];
    private int _builds;

    public IReadOnlyList<TrialTimings> Timings
    {
        get
        {
            lock (_timings)
            {
                return _timings.ToList();
            }
        }
    }

    public int Builds => _builds;

    public void OnNote(string message) => Console.WriteLine(message);

    public void OnStudyLoaded(IReadOnlyList<TrialRecord> finished)
    {
    }

    public void OnBuildStarted(string sourceHash) => Interlocked.Increment(ref _builds);

    public void OnBuildFinished(BuildResult build)
    {
        foreach (var note in build.Notes)
        {
            Console.WriteLine(note);
        }
    }

    public void OnTrialStarted(TrialRequest trial, int attempt)
    {
    }

    public void OnEpoch(TrialRequest trial, EpochMetrics metrics)
    {
    }

    public void OnTrialFinished(TrialRecord trial, TrialTimings timings)
    {
        Console.WriteLine($"trial {trial.Id}: {trial.Status.ToName()} in {timings.TotalSeconds:F2}s " +
                          $"(own {timings.OwnSeconds:F2}s)");
        lock (_timings)
        {
            _timings.Add(timings);
        }
    }
}
