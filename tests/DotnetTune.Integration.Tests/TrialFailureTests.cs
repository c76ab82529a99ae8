using System.Text.Json;
using DotnetTune.Integration.Tests.Support;

namespace DotnetTune.Integration.Tests;

/// <summary>
/// Trials that crash, diverge, never report the objective or hang: each is recorded with the
/// right status and reason, and the sweep goes on to the next.
/// </summary>
public sealed class TrialFailureTests
{
    [Fact]
    public async Task Run_MisbehavingTrials_RecordsEachOutcomeAndLeavesNoProcess()
    {
        using var folder = new TemporaryFolder();
        string[] modes = ["ok", "crash", "nan", "silent", "sleep"];
        var manifest = BehavingStudy.Write(folder, "behaviour", modes, timeout: "4s");

        var outcome = await ToolProcess.RunToolAsync(folder.Path, "run", manifest, "--plain");

        outcome.ExitCode.ShouldBe(0, outcome.ToString());
        var summaryPath = Path.Combine(BehavingStudy.StudyFolder(folder, "behaviour"), "summary.json");
        using var summary = JsonDocument.Parse(File.ReadAllText(summaryPath));
        var trials = summary.RootElement.GetProperty("trials").EnumerateArray()
            .ToDictionary(t => t.GetProperty("params").GetProperty("mode").GetString()!);
        Status(trials["ok"]).ShouldBe("completed");
        trials["ok"].GetProperty("value").GetDouble().ShouldBe(0.75);
        Status(trials["crash"]).ShouldBe("failed");
        Reason(trials["crash"]).ShouldContain("exited with code 1");
        Reason(trials["crash"]).ShouldContain("boom: a simulated crash");
        Status(trials["nan"]).ShouldBe("failed");
        Reason(trials["nan"]).ShouldContain("diverged: loss was NaN at epoch 1");
        Status(trials["silent"]).ShouldBe("failed");
        Reason(trials["silent"]).ShouldContain("did not report the objective metric 'score'");
        Status(trials["sleep"]).ShouldBe("timed_out");
        Reason(trials["sleep"]).ShouldContain("timeout");
        summary.RootElement.GetProperty("best").GetProperty("value").GetDouble().ShouldBe(0.75);
        ProcessTable.CommandLinesMentioning(folder.Path).ShouldBeEmpty();
    }

    private static string Status(JsonElement trial) => trial.GetProperty("status").GetString()!;

    private static string Reason(JsonElement trial) => trial.GetProperty("reason").GetString()!;
}
