using System.Globalization;
using DotnetTune.Manifest;
using DotnetTune.Store;
using DotnetTune.Strategies;
using DotnetTune.Sweeps;
using DotnetTune.Templates;
using DotnetTune.Trials;

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
        var root = Path.Combine(Path.GetTempPath(), "dotnet-tune-bench-parallel", DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        output.WriteLine($"parallel benchmark: {trials} trials of 1 epoch on 4,000 MNIST samples, {Environment.ProcessorCount} cores");

        await RunSweepAsync(root, "warmup", 1, 1, output).ConfigureAwait(false);
        var serial = await RunSweepAsync(root, "parallel1", trials, 1, output).ConfigureAwait(false);
        var parallel = await RunSweepAsync(root, "parallel2", trials, 2, output).ConfigureAwait(false);

        var serialRate = trials / serial.TotalMinutes;
        var parallelRate = trials / parallel.TotalMinutes;
        output.WriteLine();
        output.WriteLine($"parallel = 1: {serial.TotalSeconds,7:F1}s  {serialRate,6:F1} trials/min");
        output.WriteLine($"parallel = 2: {parallel.TotalSeconds,7:F1}s  {parallelRate,6:F1} trials/min");
        output.WriteLine($"throughput ratio: {parallelRate / serialRate:F2}x (target >= 1.7x)");
        return 0;
    }

    private static async Task<TimeSpan> RunSweepAsync(string root, string name, int trials, int parallel, TextWriter output)
    {
        var path = Path.Combine(root, name + ".toml");
        File.WriteAllText(path, Manifest(name, trials, parallel));
        var assets = ToolAssets.Default;
        var catalog = new TemplateCatalog(assets.TemplatesDirectory);
        var loaded = ManifestLoader.Load(path, new ManifestEnvironment(catalog, assets.SamplesDirectory));
        var manifest = loaded.Manifest ?? throw new InvalidOperationException(string.Join('\n', loaded.Diagnostics));
        var template = TemplateCatalog.Load(catalog.Resolve(manifest.Trial.Template, manifest.Directory)!);
        using var store = new InMemoryStudyStore();
        store.Open(new StudyInfo(name, "bench", manifest.Search.Strategy, DateTimeOffset.UtcNow));
        var setup = new SweepSetup(manifest, template, assets, store, StrategyFactory.Create(manifest.Search, manifest.Space),
            "cpu", NullSweepObserver.Instance, TimeProvider.System);
        var result = await new Sweep(setup).RunAsync(CancellationToken.None).ConfigureAwait(false);
        var completed = store.Trials().Count(t => t.Status == TrialStatus.Completed);
        output.WriteLine($"{name}: {completed}/{trials} completed in {result.WallTime.TotalSeconds:F1}s " +
                         $"({setup.ThreadsPerTrial} thread(s) per trial)");
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
