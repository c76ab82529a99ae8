using System.Text.Json;
using DotnetTune.Reporting;
using DotnetTune.Store;
using static DotnetTune.Core.Tests.Reporting.ReportFixtures;

namespace DotnetTune.Core.Tests.Reporting;

public sealed class SummaryWriterTests
{
    [Fact]
    public void Render_MixedOutcomes_ListsEveryTrialAndTheBest()
    {
        var results = Results([
            Trial("0000", 0, TrialStatus.Completed, 0.91, 0.001),
            Trial("0001", 1, TrialStatus.Failed, null, 0.5, "diverged: train_loss was NaN at epoch 1"),
            Trial("0002", 2, TrialStatus.Completed, 0.95, 0.003),
            Trial("0003", 3, TrialStatus.TimedOut, null, 0.01, "ran past its timeout"),
        ]);

        using var json = JsonDocument.Parse(SummaryWriter.Render(results));
        var root = json.RootElement;

        root.GetProperty("study").GetString().ShouldBe("demo");
        root.GetProperty("objective").GetProperty("direction").GetString().ShouldBe("maximize");
        var trials = root.GetProperty("trials").EnumerateArray().ToList();
        trials.Select(t => t.GetProperty("status").GetString())
            .ShouldBe(["completed", "failed", "completed", "timed_out"]);
        trials[1].GetProperty("reason").GetString().ShouldStartWith("diverged");
        trials[0].GetProperty("params").GetProperty("learning_rate").GetDouble().ShouldBe(0.001);
        trials[0].GetProperty("metrics").GetProperty("val_accuracy").GetDouble().ShouldBe(0.91);
        trials[0].GetProperty("duration_s").GetDouble().ShouldBe(30);
        root.GetProperty("best").GetProperty("id").GetString().ShouldBe("0002");
        root.GetProperty("best").GetProperty("value").GetDouble().ShouldBe(0.95);
    }

    [Fact]
    public void Render_NaNObjective_NeverRanksAsBest()
    {
        var results = Results([
            Trial("0000", 0, TrialStatus.Completed, double.NaN, 0.001),
            Trial("0001", 1, TrialStatus.Completed, double.PositiveInfinity, 0.002),
            Trial("0002", 2, TrialStatus.Completed, 0.5, 0.003),
        ]);

        using var json = JsonDocument.Parse(SummaryWriter.Render(results));

        json.RootElement.GetProperty("best").GetProperty("id").GetString().ShouldBe("0002");
        json.RootElement.GetProperty("trials")[0].GetProperty("value").GetString().ShouldBe("NaN");
    }

    [Fact]
    public void Render_NoCompletedTrial_BestIsNull()
    {
        var results = Results([Trial("0000", 0, TrialStatus.Failed, null, 0.001, "exited with code 1")]);

        using var json = JsonDocument.Parse(SummaryWriter.Render(results));

        json.RootElement.GetProperty("best").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
