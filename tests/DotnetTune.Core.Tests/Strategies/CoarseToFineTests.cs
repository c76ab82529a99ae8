using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Strategies;
using DotnetTune.Strategies.CoarseToFine;

namespace DotnetTune.Core.Tests.Strategies;

public sealed class CoarseToFineTests
{
    private static readonly CoarseToFineSettings ThreeRounds =
        new(Rounds: 3, KeepFraction: 0.25, Margin: 0.1);

    [Fact]
    public void Regions_AfterFirstRound_ShrinkAroundTheBestTrials()
    {
        var space = TestSpaces.Quadratic2D();
        var strategy = new CoarseToFineStrategy(ThreeRounds, budget: 60);

        var history = StudySimulator.Run(strategy, space, TestSpaces.Bowl, trials: 60, seed: 1);
        var regions = strategy.Regions(space, history);

        regions.Select(r => r.FirstTrial).ShouldBe([0, 20, 40]);
        var x = regions.Select(r => (FloatParameter)r.Space.Find("x")!).ToList();
        (x[1].High - x[1].Low).ShouldBeLessThan(x[0].High - x[0].Low);
        (x[2].High - x[2].Low).ShouldBeLessThanOrEqualTo(x[1].High - x[1].Low + 1e-9);
        x[2].Low.ShouldBeLessThan(2);
        x[2].High.ShouldBeGreaterThan(2);
        StudySimulator.Best(history.Skip(40)).ShouldBeLessThan(StudySimulator.Best(history.Take(20)));
    }

    [Fact]
    public void Suggest_EveryRound_StaysWithinDeclaredBoundsAndItsRegion()
    {
        var space = new SearchSpace(
        [
            new FloatParameter("lr", 1e-4, 1, Log: true),
            new IntParameter("layers", 1, 8),
            new FloatParameter("dropout", 0, 0.5, Step: 0.05),
        ]);
        double Loss(Configuration c) =>
            Math.Abs(Math.Log10(c["lr"].AsDouble())) + c["layers"].AsDouble() + c["dropout"].AsDouble();
        var strategy = new CoarseToFineStrategy(ThreeRounds, budget: 45);

        var history = StudySimulator.Run(strategy, space, Loss, trials: 45, seed: 6);
        var regions = strategy.Regions(space, history);

        foreach (var observation in history)
        {
            var region = regions.Last(r => r.FirstTrial <= observation.Number);
            var c = observation.Configuration;
            var lr = (FloatParameter)region.Space.Find("lr")!;
            c["lr"].AsDouble().ShouldBeInRange(Math.Max(lr.Low, 1e-4), Math.Min(lr.High, 1));
            var layers = (IntParameter)region.Space.Find("layers")!;
            c["layers"].AsLong().ShouldBeInRange(Math.Max(layers.Low, 1), Math.Min(layers.High, 8));
            var dropout = c["dropout"].AsDouble();
            (Math.Round(dropout / 0.05) * 0.05).ShouldBe(dropout, 1e-12);
            dropout.ShouldBeInRange(0, 0.5);
        }
    }

    [Fact]
    public void Regions_LogParameter_ShrinksInLogSpace()
    {
        var space = new SearchSpace([new FloatParameter("lr", 1e-6, 1, Log: true)]);
        var history = new[] { 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1 }
            .Select((v, i) => new Observation(
                i, new Configuration([new("lr", ParameterValue.Of(v))]), ObservationState.Completed,
                Math.Abs(Math.Log10(v) + 3)))
            .ToList();
        var settings = new CoarseToFineSettings(2, KeepFraction: 0.42, Margin: 0.5);
        var strategy = new CoarseToFineStrategy(settings, 14);

        var region = strategy.Regions(space, history).Last();

        var lr = (FloatParameter)region.Space.Find("lr")!;
        region.Kept.ShouldBe(3);
        lr.Low.ShouldBe(1e-5, 1e-12);
        lr.High.ShouldBe(0.1, 1e-9);
        lr.Log.ShouldBeTrue();
    }

    [Fact]
    public void Regions_Categorical_KeepsOnlyValuesOfTheKeptTrials()
    {
        var space = new SearchSpace(
        [
            new CategoricalParameter("opt", TestSpaces.Choices("sgd", "adam", "rmsprop")),
        ]);
        var losses = new Dictionary<string, double> { ["sgd"] = 3, ["adam"] = 1, ["rmsprop"] = 2 };
        var history = Enumerable.Range(0, 12)
            .Select(i =>
            {
                var name = new[] { "sgd", "adam", "rmsprop" }[i % 3];
                var configuration = new Configuration([new("opt", ParameterValue.Of(name))]);
                return new Observation(i, configuration, ObservationState.Completed, losses[name]);
            })
            .ToList();
        var strategy = new CoarseToFineStrategy(new CoarseToFineSettings(2, KeepFraction: 0.25), 24);

        var region = strategy.Regions(space, history).Last();

        var opt = (CategoricalParameter)region.Space.Find("opt")!;
        opt.Choices.ShouldBe([ParameterValue.Of("adam")]);
    }

    [Fact]
    public void Suggest_PreviousRoundStillRunning_UsesTheFinishedTrialsOnly()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var settings = new CoarseToFineSettings(2, KeepFraction: 0.5, Margin: 0);
        var strategy = new CoarseToFineStrategy(settings, 8);
        var history = new[] { 0.1, 0.15, 0.9, 0.95 }
            .Select((x, i) => new Observation(
                i, new Configuration([new("x", ParameterValue.Of(x))]),
                i < 2 ? ObservationState.Completed : ObservationState.Pending, i < 2 ? x : null))
            .ToList();

        var region = strategy.Regions(space, history).Last();
        var next = strategy.Suggest(new SuggestContext(space, 4, history, 1))!;

        region.BasedOn.ShouldBe(2);
        next["x"].AsDouble().ShouldBeLessThan(0.2);
    }
}
