using System.Diagnostics;
using DotnetTune.Trials;

namespace DotnetTune.Bench.Overhead;

/// <summary>
/// Runs one sweep of short MLP trials through the tool's pipeline, then takes the same rendered
/// trials the naive way (dotnet build + dotnet run each), and compares the median time each
/// spends outside the trial's own run.
/// </summary>
public static class OverheadBenchmark
{
    public static async Task<int> RunAsync(int trials, TextWriter output)
    {
        var folder = BenchStudy.NewFolder("dotnet-tune-bench-overhead");
        var manifest = BenchStudy.Load(folder, "overhead", Manifest(trials));
        output.WriteLine($"overhead benchmark: {trials} trials of 1 epoch on 1,000 MNIST samples, in {folder}");

        var recorder = new TimingRecorder();
        var (_, records, _) = await BenchStudy.RunAsync(manifest, recorder).ConfigureAwait(false);
        var layout = new StudyLayout(manifest.StudyDirectory);
        var trialFolders = records.Select(t => layout.Trial(t.Id).Directory).ToList();
        var sources = Directory.GetDirectories(layout.BuildsDirectory).Length;
        var naive = await RunNaiveAsync(trialFolders).ConfigureAwait(false);

        OverheadTable.Print(output, recorder.Timings, naive, recorder.Builds, sources);
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

    /// <summary>Each trial folder copied and taken through a plain `dotnet build` and `dotnet run`.</summary>
    private static async Task<List<double>> RunNaiveAsync(IEnumerable<string> trialFolders)
    {
        var overheads = new List<double>();
        foreach (var folder in trialFolders)
        {
            var copy = folder + "-naive";
            CopyProject(folder, copy);
            var wall = Stopwatch.StartNew();
            await DotnetAsync(copy, "build", "-c", "Release", "--nologo", "-v:q").ConfigureAwait(false);
            var config = Path.Combine(copy, TrialPaths.ConfigFileName);
            var stdout = await DotnetAsync(copy, "run", "-c", "Release", "--", config).ConfigureAwait(false);
            wall.Stop();

            var collector = new MetricsCollector();
            stdout.ForEach(line => collector.Accept(line));
            overheads.Add(wall.Elapsed.TotalSeconds - (collector.OwnSeconds ?? 0));
        }

        return overheads;
    }

    private static void CopyProject(string source, string destination)
    {
        string[] endings = [".cs", "proj", ".props", ".targets", TrialPaths.ConfigFileName];
        Directory.CreateDirectory(destination);
        var files = Directory.GetFiles(source).Where(f => endings.Any(e => f.EndsWith(e, StringComparison.Ordinal)));
        foreach (var file in files)
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }
    }

    private static async Task<List<string>> DotnetAsync(string directory, params string[] arguments)
    {
        var lines = new List<string>();
        var start = DotnetCommand.Create(directory, arguments);
        var result = await ChildProcess.RunAsync(start, Add(lines), _ => { }, null, CancellationToken.None)
            .ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            var tail = string.Join('\n', lines.TakeLast(20));
            throw new InvalidOperationException($"dotnet {string.Join(' ', arguments)} failed in {directory}:\n{tail}");
        }

        return lines;
    }

    private static Action<string> Add(List<string> lines) => line =>
    {
        lock (lines)
        {
            lines.Add(line);
        }
    };
}
