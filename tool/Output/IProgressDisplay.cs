using DotnetTune.Sweeps;

namespace DotnetTune.Tool.Output;

/// <summary>Shows a sweep's progress while it runs; the observer receives the sweep's events.</summary>
public interface IProgressDisplay
{
    ISweepObserver Observer { get; }

    Task<T> ShowWhileAsync<T>(Func<Task<T>> work);
}

/// <summary>Plain lines: the observer writes as events come, nothing else to drive.</summary>
public sealed class PlainDisplay(PlainProgress progress) : IProgressDisplay
{
    public ISweepObserver Observer => progress;

    public Task<T> ShowWhileAsync<T>(Func<Task<T>> work) => work();
}
