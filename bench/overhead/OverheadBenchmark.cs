using System.Diagnostics;
using System.Globalization;
using DotnetTune.Manifest;
using DotnetTune.Store;
using DotnetTune.Strategies;
using DotnetTune.Sweeps;
using DotnetTune.Templates;
using DotnetTune.Trials;

namespace DotnetTune.Bench.Overhead;

/// <summary>
/// Runs one sweep of short MLP trials through the tool's pipeline, then takes the same rendered
/// trials the naive way, and compares the median time each spends outside the trial's own run.
/// </summary>
public static class OverheadBenchmark
{
    public static async Task<int> RunAsync(int trials, TextWriter output)
    {
        var root = Path.Combine(Path.GetTempPath(), "dotnet-tune-bench-overhead", DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(root);
        var manifestPath = Path.Combine(root, "Tune.toml");
        File.WriteAllText(manifestPath, Manifest(trials));
        var assets = ToolAssets.Default;
        var environment = new ManifestEnvironment(new TemplateCatalog(assets.TemplatesDirectory), assets.SamplesDirectory);
        var loaded = ManifestLoader.Load(manifestPath, environment);
        if (loaded.Manifest is not { } manifest)
        {
            loaded.Diagnostics.ToList().ForEach(d => output.WriteLine(d));
            return 2;
        }

        output.WriteLine($"overhead benchmark: {trials} trials of 1 epoch on 1,000 MNIST samples, in {root}");
        var ours = await RunToolAsync(manifest, assets).ConfigureAwait(false);
        var naive = await RunNaiveAsync(manifest, ours.TrialFolders).ConfigureAwait(false);
        Print(output, ours, naive);
        return 0;
    }

    private static string Manifest(int trials) => $$"""
        [study]
        name = "overhead"
        seed = 1

        [objective]
        metric = "val_accuracy"
        direction = "maximize"

        [search]
        strategy = "random"
        trials = {{trials}}

        [trial]
        template = "mlp-classifier"
        device = "cpu"
        epochs = 1
        samples = 1000
        data = "mnist-10k"

        [parameters]
        learning_rate = { type = "float", low = 1e-3, high = 1e-2, scale = "log" }
        hidden = { type = "choice", values = [32, 64, 128] }
        """;

    private static async Task<ToolRun> RunToolAsync(TuneManifest manifest, ToolAssets assets)
    {
        var template = TemplateCatalog.Load(new TemplateCatalog(assets.TemplatesDirectory).Resolve(manifest.Trial.Template, manifest.Directory)!);
        var layout = new StudyLayout(manifest.StudyDirectory);
        Directory.CreateDirectory(layout.Directory);
        using var store = new InMemoryStudyStore();
        store.Open(new StudyInfo(manifest.Study.Name, "bench", manifest.Search.Strategy, DateTimeOffset.UtcNow));
        var recorder = new TimingRecorder();
        var setup = new SweepSetup(manifest, template, assets, store, StrategyFactory.Create(manifest.Search, manifest.Space),
            "cpu", recorder, TimeProvider.System);
        await new Sweep(setup).RunAsync(CancellationToken.None).ConfigureAwait(false);
        var folders = store.Trials().Select(t => layout.Trial(t.Id).Directory).ToList();
        var sources = Directory.GetDirectories(layout.BuildsDirectory).Length;
        return new ToolRun(recorder.Timings, recorder.Builds, sources, folders);
    }

    private static async Task<List<double>> RunNaiveAsync(TuneManifest manifest, IReadOnlyList<string> trialFolders)
    {
        var overheads = new List<double>();
        foreach (var folder in trialFolders)
        {
            var copy = folder + "-naive";
            CopyProject(folder, copy);
            var build = Stopwatch.StartNew();
            await DotnetAsync(copy, "build", "-c", "Release", "--nologo", "-v:q").ConfigureAwait(false);
            build.Stop();
            var run = Stopwatch.StartNew();
            var stdout = await DotnetAsync(copy, "run", "-c", "Release", "--", Path.Combine(copy, "trial.json")).ConfigureAwait(false);
            run.Stop();
            var collector = new MetricsCollector();
            foreach (var line in stdout)
            {
                collector.Accept(line);
            }

            overheads.Add(build.Elapsed.TotalSeconds + run.Elapsed.TotalSeconds - (collector.OwnSeconds ?? 0));
        }

        return overheads;
    }

    private static void CopyProject(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(source))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".cs", StringComparison.Ordinal) || name.EndsWith("proj", StringComparison.Ordinal) ||
                name.EndsWith(".props", StringComparison.Ordinal) || name.EndsWith(".targets", StringComparison.Ordinal) ||
                name == TrialPaths.ConfigFileName)
            {
                File.Copy(file, Path.Combine(destination, name));
            }
        }
    }

    private static async Task<List<string>> DotnetAsync(string directory, params string[] arguments)
    {
        var lines = new List<string>();
        var start = DotnetCommand.Create(directory, arguments);
        var result = await ChildProcess.RunAsync(start, l => { lock (lines) { lines.Add(l); } }, _ => { }, null, CancellationToken.None)
            .ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {directory}:\n{string.Join('\n', lines.TakeLast(20))}");
        }

        return lines;
    }

    private static void Print(TextWriter output, ToolRun ours, List<double> naive)
    {
        var ourOverheads = ours.Timings.Select(t => t.OverheadSeconds ?? t.TotalSeconds).ToList();
        var ourMedian = Median(ourOverheads);
        var naiveMedian = Median(naive);
        output.WriteLine();
        output.WriteLine("per-trial overhead outside the trial's own run, seconds");
        output.WriteLine($"  {"trial",-6} {"dotnet-tune",12} {"naive",10}");
        for (var i = 0; i < ourOverheads.Count; i++)
        {
            var cached = ours.Timings[i].BuildCacheHit ? "cache hit" : "built";
            output.WriteLine($"  {i,-6} {ourOverheads[i],12:F3} {naive[i],10:F3}   ({cached})");
        }

        output.WriteLine($"  {"median",-6} {ourMedian,12:F3} {naiveMedian,10:F3}");
        output.WriteLine();
        output.WriteLine($"builds run: {ours.Builds}, distinct rendered sources: {ours.DistinctSources}, trials: {ourOverheads.Count}");
        output.WriteLine($"ratio naive / dotnet-tune (median overhead): {naiveMedian / ourMedian:F1}x (target >= 10x)");
    }

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private sealed record ToolRun(IReadOnlyList<TrialTimings> Timings, int Builds, int DistinctSources, IReadOnlyList<string> TrialFolders);
}
