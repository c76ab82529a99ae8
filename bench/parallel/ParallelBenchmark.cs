using DotnetTune.Store;
using DotnetTune.Sweeps;

namespace DotnetTune.Bench.Parallel;

/// <summary>
/// Runs the same sweep of short MLP trials at parallel = 1 and parallel = 2 (torch threads shared
/// out so the cores are not oversubscribed), after one warm-up trial that builds the shared
/// trial project, and prints trials per minute and their ratio.
/// </summary>
public static class ParallelBenchmark
{
    public static async Task<int> RunAsync(int trials, TextWriter output)
    {
        var folder = BenchStudy.NewFolder("dotnet-tune-bench-parallel");
        output.WriteLine($"parallel benchmark: {trials} trials of 1 epoch on 4,000 MNIST samples, " +
                         $"{Environment.ProcessorCount} cores");

        await RunSweepAsync(folder, "warmup", 1, 1, output).ConfigureAwait(false);
        var serial = await RunSweepAsync(folder, "parallel1", trials, 1, output).ConfigureAwait(false);
        var parallel = await RunSweepAsync(folder, "parallel2", trials, 2, output).ConfigureAwait(false);

        var serialRate = trials / serial.TotalMinutes;
        var parallelRate = trials / parallel.TotalMinutes;
        output.WriteLine();
        output.WriteLine($"parallel = 1: {serial.TotalSeconds,7:F1}s  {serialRate,6:F1} trials/min");
        output.WriteLine($"parallel = 2: {parallel.TotalSeconds,7:F1}s  {parallelRate,6:F1} trials/min");
        output.WriteLine($"throughput ratio: {parallelRate / serialRate:F2}x (target >= 1.7x)");
        return 0;
    }

    private static async Task<TimeSpan> RunSweepAsync(
        string folder, string name, int trials, int parallel, TextWriter output)
    {
        var manifest = BenchStudy.Load(folder, name, Manifest(name, trials, parallel));
        var (result, records, threads) = await BenchStudy.RunAsync(manifest, NullSweepObserver.Instance)
            .ConfigureAwait(false);
        var completed = records.Count(t => t.Status == TrialStatus.Completed);
        output.WriteLine($"{name}: {completed}/{trials} completed in {result.WallTime.TotalSeconds:F1}s " +
                         $"({threads} thread(s) per trial)");
        return result.WallTime;
    }

    private static string Manifest(string name, int trials, int parallel) => $$"""
        [study]
        name = "{{name}}"
        seed = 3

        [objective]
        metric = "val_accuracy"
        direction = "maximize"

        [search]
        strategy = "random"
        trials = {{trials}}
        parallel = {{parallel}}

        [trial]
        template = "mlp-classifier"
        device = "cpu"
        epochs = 1
        samples = 4000
        data = "mnist-10k"

        [parameters]
        learning_rate = { type = "float", low = 1e-3, high = 1e-2, scale = "log" }
        """;
}
