using System.Diagnostics;
using System.Text.Json;
using DotnetTune.Integration.Tests.Support;

namespace DotnetTune.Integration.Tests;

/// <summary>max_failed, retries, Ctrl+C and `status` against a running sweep.</summary>
public sealed class SweepControlTests
{
    [Fact]
    public async Task Run_MaxFailedReached_StopsWithExitOneAndSaysWhy()
    {
        using var folder = new TemporaryFolder();
        var manifest = BehavingStudy.Write(folder, "maxfailed", ["crash", "nan", "ok", "ok2"], "max_failed = 2");

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "run", manifest, "--plain");

        outcome.ExitCode.ShouldBe(1, outcome.ToString());
        outcome.Stdout.ShouldContain("max_failed = 2");
        using var summary = ReadSummary(folder, "maxfailed");
        summary.RootElement.GetProperty("trials").GetArrayLength().ShouldBe(2);
        summary.RootElement.GetProperty("stop_reason").GetString()!.ShouldContain("max_failed");
    }

    [Fact]
    public async Task Run_FlakyTrialWithRetries_CompletesOnTheRetry()
    {
        using var folder = new TemporaryFolder();
        var manifest = BehavingStudy.Write(folder, "retries", ["flaky"], "retries = 1");

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "run", manifest, "--plain");

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        outcome.Stdout.ShouldContain("retry 1 of 1");
        using var summary = ReadSummary(folder, "retries");
        var trial = summary.RootElement.GetProperty("trials")[0];
        trial.GetProperty("status").GetString().ShouldBe("completed");
        trial.GetProperty("value").GetDouble().ShouldBe(0.8);
    }

    [Fact]
    public async Task Run_Repeats_RunsEachConfigurationWithEverySeed()
    {
        using var folder = new TemporaryFolder();
        var manifest = BehavingStudy.Write(folder, "repeats", ["ok", "slow"], "repeats = 2");

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "run", manifest, "--plain");

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        using var summary = ReadSummary(folder, "repeats");
        var trials = summary.RootElement.GetProperty("trials").EnumerateArray().ToList();
        trials.Select(t => t.GetProperty("id").GetString()).ShouldBe(["0000", "0000-s1", "0001", "0001-s1"]);
        trials.Select(t => t.GetProperty("seed").GetInt64()).ShouldBe([0L, 1, 0, 1]);
        var best = summary.RootElement.GetProperty("best");
        best.GetProperty("id").GetString().ShouldBe("0000");
        best.GetProperty("seeds").GetInt32().ShouldBe(2);
        best.GetProperty("std").GetDouble().ShouldBe(0);
        var report = File.ReadAllText(Path.Combine(BehavingStudy.StudyFolder(folder, "repeats"), "report.md"));
        report.ShouldContain("± 0 over 2 seeds");
    }

    [Fact]
    public async Task Run_SigInt_MarksRunningTrialInterruptedWritesReportAndResumes()
    {
        using var folder = new TemporaryFolder();
        var manifest = BehavingStudy.Write(folder, "sigint", ["sleep_once", "ok"]);

        var mark = Path.Combine(BehavingStudy.StudyFolder(folder, "sigint"), "trials", "0000", "attempted");
        var (exitCode, stdout) = await RunAndSignalAsync(folder.Path, manifest, () => File.Exists(mark));

        exitCode.ShouldBe(130, stdout);
        using (var summary = ReadSummary(folder, "sigint"))
        {
            var trial = summary.RootElement.GetProperty("trials")[0];
            trial.GetProperty("status").GetString().ShouldBe("interrupted");
        }

        File.Exists(Path.Combine(BehavingStudy.StudyFolder(folder, "sigint"), "report.md")).ShouldBeTrue();
        ProcessTable.CommandLinesMentioning(folder.Path).ShouldBeEmpty();

        var resumed = await ToolProcess.RunToolAsync(folder.Path, "run", manifest, "--plain");

        resumed.ExitCode.ShouldBe(0, resumed.ToString());
        resumed.Stdout.ShouldContain("resuming");
        using var final = ReadSummary(folder, "sigint");
        var statuses = final.RootElement.GetProperty("trials").EnumerateArray()
            .Select(t => t.GetProperty("status").GetString());
        statuses.ShouldBe(["completed", "completed"]);
    }

    [Fact]
    public async Task Status_TwoCallsDuringASweep_BothReadTheStore()
    {
        using var folder = new TemporaryFolder();
        var manifest = BehavingStudy.Write(folder, "status", ["slow", "ok", "slow2"]);
        var sweep = ToolProcess.RunToolAsync(folder.Path, "run", manifest, "--plain");
        var database = Path.Combine(BehavingStudy.StudyFolder(folder, "status"), "study.db");
        while (!File.Exists(database) && !sweep.IsCompleted)
        {
            await Task.Delay(100);
        }

        var statuses = await Task.WhenAll(
            ToolProcess.RunToolAsync(folder.Path, "status", manifest),
            ToolProcess.RunToolAsync(folder.Path, "status", manifest));
        var finished = await sweep;

        finished.ExitCode.ShouldBe(0, finished.ToString());
        foreach (var status in statuses)
        {
            status.ExitCode.ShouldBe(0, status.ToString());
            status.Stdout.ShouldContain("study status:");
            status.Stderr.ShouldNotContain("locked");
        }

        var after = await ToolProcess.RunToolAsync(folder.Path, "status", manifest);
        after.Stdout.ShouldMatch(@"(?s).*0000\s+completed.*");
        after.Stdout.ShouldContain("best: trial 0001, score = 0.75");
    }

    private static JsonDocument ReadSummary(TemporaryFolder folder, string study) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(BehavingStudy.StudyFolder(folder, study), "summary.json")));

    /// <summary>Runs the tool and sends it SIGINT, as Ctrl+C does, once <paramref name="ready"/> holds.</summary>
    private static async Task<(int ExitCode, string Stdout)> RunAndSignalAsync(
        string directory, string manifest, Func<bool> ready)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { ToolProcess.ToolAssembly, "run", manifest, "--plain" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!ready() && !process.HasExited)
        {
            await Task.Delay(100, limit.Token);
        }

        using (var signal = Process.Start("kill", ["-INT", process.Id.ToString()])!)
        {
            await signal.WaitForExitAsync(limit.Token);
        }

        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
