using System.Diagnostics;
using DotnetTune.Integration.Tests.Support;
using DotnetTune.Store;

namespace DotnetTune.Integration.Tests;

/// <summary>
/// Kills the tool with SIGKILL at several points of a real sweep, resumes it each time, and
/// checks that no finished trial is lost or rerun, the budget is met exactly, and no trial
/// process outlives the tool.
/// </summary>
public sealed class KilledSweepTests
{
    private const int Budget = 5;

    [Fact]
    public async Task Run_KilledThenResumed_KeepsFinishedTrialsAndMeetsTheBudget()
    {
        using var folder = new TemporaryFolder();
        var manifest = folder.Write("Tune.toml", $"""
            [study]
            name = "killed"
            seed = 11

            [objective]
            metric = "val_accuracy"
            direction = "maximize"

            [search]
            strategy = "random"
            trials = {Budget}

            [trial]
            template = "mlp-classifier"
            device = "cpu"
            epochs = 2
            samples = 1000
            data = "mnist-10k"

            [parameters]
            learning_rate = {"{"} type = "float", low = 1e-3, high = 1e-2, scale = "log" {"}"}
            """);
        var study = Path.Combine(folder.Path, "tune-out", "killed");
        var finishedBefore = new Dictionary<string, DateTimeOffset?>();

        foreach (var killWhen in new[] { "build ", "trial 0001 started", "trial 0002 epoch 1" })
        {
            await RunUntilAsync(folder.Path, manifest, killWhen);
            await WaitForNoProcessAsync(folder.Path);
            foreach (var trial in ReadTrials(study).Where(t => t.Status == TrialStatus.Completed))
            {
                finishedBefore.TryAdd(trial.Id, trial.EndedAt);
            }
        }

        var last = await ToolProcess.RunToolAsync(folder.Path, "run", manifest, "--plain");

        last.ExitCode.ShouldBe(0, last.ToString());
        var trials = ReadTrials(study);
        trials.Count.ShouldBe(Budget);
        trials.Select(t => t.Number).ShouldBe(Enumerable.Range(0, Budget));
        trials.ShouldAllBe(t => t.Status == TrialStatus.Completed);
        finishedBefore.ShouldNotBeEmpty();
        foreach (var (id, endedAt) in finishedBefore)
        {
            trials.Single(t => t.Id == id).EndedAt
                .ShouldBe(endedAt, $"trial {id} finished before a kill and must not rerun");
        }

        ProcessTable.CommandLinesMentioning(folder.Path).ShouldBeEmpty();
    }

    private static IReadOnlyList<TrialRecord> ReadTrials(string study)
    {
        using var store = StudyStores.OpenSqlite(study);
        return store.Trials();
    }

    /// <summary>
    /// Starts the tool and kills it (the tool alone, like a crash) at the first line containing a marker.
    /// </summary>
    private static async Task RunUntilAsync(string workingDirectory, string manifest, string marker)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { ToolProcess.ToolAssembly, "run", manifest, "--plain" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: false);
                break;
            }
        }

        await process.WaitForExitAsync(limit.Token);
    }

    /// <summary>Trials end within a second of their tool; a build started by it may take longer to finish.</summary>
    private static async Task WaitForNoProcessAsync(string path)
    {
        var trialDeadline = DateTime.UtcNow.AddSeconds(5);
        while (TrialProcesses(path).Count > 0 && DateTime.UtcNow < trialDeadline)
        {
            await Task.Delay(250);
        }

        TrialProcesses(path).ShouldBeEmpty("a trial outlived its killed tool by more than 5 seconds");
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (ProcessTable.CommandLinesMentioning(path).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        ProcessTable.CommandLinesMentioning(path).ShouldBeEmpty();
    }

    private static IReadOnlyList<string> TrialProcesses(string path) =>
        ProcessTable.CommandLinesMentioning(path)
            .Where(c => c.Contains("Trial.dll", StringComparison.Ordinal))
            .ToList();
}
