using DotnetTune.Trial.Training;

namespace DotnetTune.Trial.Tests.Training;

public sealed class LearningRateScheduleTests
{
    [Fact]
    public void At_Constant_IsTheBaseRateEverywhere()
    {
        var schedule = new LearningRateSchedule(
            ScheduleKind.Constant, 0.01, stepsPerEpoch: 10, epochs: 3);

        Enumerable.Range(0, 30).Select(step => schedule.At(step)).ShouldAllBe(rate => rate == 0.01);
    }

    [Fact]
    public void At_StepEveryTwoEpochs_DecaysByGammaAtEachBoundary()
    {
        var schedule = new LearningRateSchedule(
            ScheduleKind.Step, 0.1, stepsPerEpoch: 10, epochs: 6, stepSizeEpochs: 2, gamma: 0.5);

        schedule.At(0).ShouldBe(0.1);
        schedule.At(19).ShouldBe(0.1);
        schedule.At(20).ShouldBe(0.05);
        schedule.At(39).ShouldBe(0.05);
        schedule.At(40).ShouldBe(0.025);
    }

    [Fact]
    public void At_Cosine_StartsAtBaseHalvesMidwayAndEndsNearZero()
    {
        var schedule = new LearningRateSchedule(
            ScheduleKind.Cosine, 0.1, stepsPerEpoch: 50, epochs: 2);

        schedule.At(0).ShouldBe(0.1);
        schedule.At(50).ShouldBe(0.05, tolerance: 1e-12);
        schedule.At(99).ShouldBeLessThan(0.0001);
        schedule.At(100).ShouldBe(0, tolerance: 1e-12);
    }

    [Fact]
    public void At_Cosine_NeverIncreases()
    {
        var schedule = new LearningRateSchedule(
            ScheduleKind.Cosine, 0.1, stepsPerEpoch: 7, epochs: 3, warmupEpochs: 1);

        var rates = Enumerable.Range(7, 14).Select(step => schedule.At(step)).ToList();

        rates.Zip(rates.Skip(1)).ShouldAllBe(pair => pair.Second <= pair.First);
    }

    [Fact]
    public void At_OneEpochWarmup_RisesLinearlyToTheBaseRate()
    {
        var schedule = new LearningRateSchedule(
            ScheduleKind.Constant, 0.1, stepsPerEpoch: 4, epochs: 3, warmupEpochs: 1);

        Enumerable.Range(0, 6).Select(step => schedule.At(step))
            .ShouldBe([0.025, 0.05, 0.075, 0.1, 0.1, 0.1], tolerance: 1e-12);
    }

    [Fact]
    public void At_CosineAfterWarmup_StartsFromTheBaseRate()
    {
        var schedule = new LearningRateSchedule(
            ScheduleKind.Cosine, 0.1, stepsPerEpoch: 10, epochs: 3, warmupEpochs: 1);

        schedule.At(9).ShouldBe(0.1, tolerance: 1e-12);
        schedule.At(10).ShouldBe(0.1, tolerance: 1e-12);
        schedule.At(20).ShouldBe(0.05, tolerance: 1e-12);
    }

    [Theory]
    [InlineData("constant", ScheduleKind.Constant)]
    [InlineData("step", ScheduleKind.Step)]
    [InlineData("cosine", ScheduleKind.Cosine)]
    public void ParseKind_KnownName_ReturnsTheKind(string name, ScheduleKind kind) =>
        LearningRateSchedule.ParseKind(name).ShouldBe(kind);

    [Fact]
    public void ParseKind_UnknownName_ThrowsBadConfig() =>
        Should.Throw<TrialException>(() => LearningRateSchedule.ParseKind("linear"))
            .ExitCode.ShouldBe(TrialExitCodes.BadConfig);

    [Fact]
    public void Constructor_NonPositiveRate_ThrowsBadConfig() =>
        Should.Throw<TrialException>(
                () => new LearningRateSchedule(ScheduleKind.Constant, 0, 10, 3))
            .ExitCode.ShouldBe(TrialExitCodes.BadConfig);
}
