using System.Text.Json;
using DotnetTune.Integration.Tests.Support;

namespace DotnetTune.Integration.Tests;

/// <summary>
/// A real sweep: renders, builds and runs TorchSharp trials of the built-in MLP template on
/// 1,000 MNIST samples, then checks summary.json, report.md and the study's folders.
/// </summary>
public sealed class EndToEndSweepTests
{
    [Fact]
    public async Task Run_TwoTrialMlpSweep_WritesSummaryReportAndOneBuild()
    {
        using var folder = new TemporaryFolder();
        var manifest = folder.Write("Tune.toml", $"""
            [study]
            name = "e2e"
            seed = 7

            [objective]
            metric = "val_accuracy"
            direction = "maximize"

            [search]
            strategy = "random"
            trials = 2

            [trial]
            template = "mlp-classifier"
            device = "cpu"
            epochs = 1
            samples = 1000
            data = "{Path.Combine(RepoPaths.Samples, "mnist-10k")}"

            [parameters]
            learning_rate = {"{"} type = "float", low = 1e-3, high = 1e-2, scale = "log" {"}"}
            hidden = {"{"} type = "choice", values = [32, 64] {"}"}
            """);

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "run", manifest, "--plain");

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        var study = Path.Combine(folder.Path, "tune-out", "e2e");
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(study, "summary.json")));
        var root = summary.RootElement;
        root.GetProperty("study").GetString().ShouldBe("e2e");
        root.GetProperty("objective").GetProperty("metric").GetString().ShouldBe("val_accuracy");
        var trials = root.GetProperty("trials").EnumerateArray().ToList();
        trials.Count.ShouldBe(2);
        trials.ShouldAllBe(t => t.GetProperty("status").GetString() == "completed");
        trials.ShouldAllBe(t => t.GetProperty("metrics").GetProperty("val_accuracy").GetDouble() > 0.5);
        var best = root.GetProperty("best");
        var bestValue = best.GetProperty("value").GetDouble();
        bestValue.ShouldBe(trials.Max(t => t.GetProperty("value").GetDouble()));

        var report = File.ReadAllText(Path.Combine(study, "report.md"));
        report.ShouldContain("# Tuning study `e2e`");
        report.ShouldContain("## Best configuration");
        report.ShouldContain($"Trial `{best.GetProperty("id").GetString()}`");
        report.ShouldContain("dotnet run -c Release");

        Directory.GetDirectories(Path.Combine(folder.Path, "tune-out", "_builds")).Length.ShouldBe(1);
        var trialFolder = Path.Combine(study, "trials", "0000");
        File.Exists(Path.Combine(trialFolder, "trial.json")).ShouldBeTrue();
        File.Exists(Path.Combine(trialFolder, "Trial.csproj")).ShouldBeTrue();
        File.ReadAllLines(Path.Combine(trialFolder, "metrics.jsonl")).Length.ShouldBe(1);
    }
}
