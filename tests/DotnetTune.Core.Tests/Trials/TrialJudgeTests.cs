using DotnetTune.Manifest;
using DotnetTune.Store;
using DotnetTune.Trials;

namespace DotnetTune.Core.Tests.Trials;

public sealed class TrialJudgeTests
{
    private static readonly ObjectiveSettings Objective = new("val_accuracy", Direction.Maximize);

    [Fact]
    public void Judge_CleanExitWithObjective_CompletesWithLastValue()
    {
        var epochs = new[] { Epoch(1, ("val_accuracy", 0.8)), Epoch(2, ("val_accuracy", 0.9)) };

        var verdict = TrialJudge.Judge(Objective, Exited(0), epochs, [], null);

        verdict.Status.ShouldBe(TrialStatus.Completed);
        verdict.Value.ShouldBe(0.9);
    }

    [Fact]
    public void Judge_NonZeroExit_FailsWithStderrTail()
    {
        var verdict = TrialJudge.Judge(Objective, Exited(3), [], ["out of memory"], null);

        verdict.Status.ShouldBe(TrialStatus.Failed);
        verdict.Reason.ShouldBe("exited with code 3: out of memory");
    }

    [Fact]
    public void Judge_NaNLoss_FailsAsDiverged()
    {
        var epochs = new[] { Epoch(1, ("train_loss", double.NaN), ("val_accuracy", 0.1)) };

        var verdict = TrialJudge.Judge(Objective, Exited(0), epochs, [], null);

        verdict.Status.ShouldBe(TrialStatus.Failed);
        verdict.Reason.ShouldBe("diverged: train_loss was NaN at epoch 1");
    }

    [Fact]
    public void Judge_ObjectiveNeverReported_FailsNamingTheKey()
    {
        var epochs = new[] { Epoch(1, ("train_loss", 0.5)) };

        var verdict = TrialJudge.Judge(Objective, Exited(0), epochs, [], null);

        verdict.Status.ShouldBe(TrialStatus.Failed);
        verdict.Reason.ShouldBe("did not report the objective metric 'val_accuracy' (it reported: train_loss)");
    }

    [Fact]
    public void Judge_TimedOut_IsTimedOutWithTheLimit()
    {
        var process = new ChildProcessResult(-1, TimeSpan.FromSeconds(90), TimedOut: true, Cancelled: false);

        var verdict = TrialJudge.Judge(Objective, process, [], [], TimeSpan.FromSeconds(90));

        verdict.Status.ShouldBe(TrialStatus.TimedOut);
        verdict.Reason!.ShouldContain("timeout of 1m30s");
    }

    [Fact]
    public void Judge_Cancelled_IsInterrupted()
    {
        var process = new ChildProcessResult(-1, TimeSpan.FromSeconds(1), TimedOut: false, Cancelled: true);

        TrialJudge.Judge(Objective, process, [], [], null).Status.ShouldBe(TrialStatus.Interrupted);
    }

    private static ChildProcessResult Exited(int code) => new(code, TimeSpan.FromSeconds(1), false, false);

    private static EpochMetrics Epoch(int epoch, params (string Name, double Value)[] values) =>
        new(epoch, values.ToDictionary(v => v.Name, v => v.Value));
}
