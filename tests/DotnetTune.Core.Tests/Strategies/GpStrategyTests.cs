using DotnetTune.Space;
using DotnetTune.Strategies;
using DotnetTune.Strategies.Gp;

namespace DotnetTune.Core.Tests.Strategies;

public sealed class GpStrategyTests
{
    /// <summary>Fewer candidates and local searches than the defaults, to keep tests fast.</summary>
    private static readonly GpOptions Quick =
        new(StartupTrials: 6, Candidates: 512, LocalSearches: 4);

    [Fact]
    public void Run_ShortStudyOnBranin_BeatsRandomSearch()
    {
        var space = TestSpaces.Branin();
        var seeds = new long[] { 1, 2, 3, 4 };

        var gp = seeds.Select(seed => StudySimulator.Best(StudySimulator.Run(
            new GpStrategy(Quick), space, TestSpaces.BraninValue, 24, seed))).ToList();
        var random = seeds.Select(seed => StudySimulator.Best(StudySimulator.Run(
            new RandomStrategy(), space, TestSpaces.BraninValue, 24, seed))).ToList();

        // Branin's minimum is 0.3979; 24 random trials rarely come within 0.3 of it.
        gp.Order().ElementAt(1).ShouldBeLessThan(0.45);
        gp.Zip(random).Count(pair => pair.First < pair.Second).ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Suggest_IntParameter_ReturnsGridValues()
    {
        var space = new SearchSpace(
            [new IntParameter("n", 1, 40), new FloatParameter("x", 0, 1, Step: 0.1)]);
        double Loss(Configuration c) =>
            Math.Abs(c["n"].AsDouble() - 17) + Math.Abs(c["x"].AsDouble() - 0.3);

        var history = StudySimulator.Run(new GpStrategy(Quick), space, Loss, 15, 4);

        history.ShouldAllBe(o => o.Configuration["n"].Kind == ValueKind.Int);
        history.Select(o => o.Configuration["x"].AsDouble())
            .ShouldAllBe(x => Math.Abs(x * 10 - Math.Round(x * 10)) < 1e-9);
        StudySimulator.Best(history).ShouldBeLessThan(3);
    }

    [Fact]
    public void Suggest_CategoricalParameter_IsEncodedAndLearned()
    {
        var space = new SearchSpace(
        [
            new CategoricalParameter("opt", TestSpaces.Choices("sgd", "adam", "rmsprop")),
            new FloatParameter("x", 0, 1),
        ]);
        double Loss(Configuration c) =>
            (c["opt"].AsString() == "adam" ? 0 : 1) + Math.Pow(c["x"].AsDouble() - 0.6, 2);

        var history = StudySimulator.Run(new GpStrategy(Quick), space, Loss, 16, 7);

        history.Skip(8).Count(o => o.Configuration["opt"].AsString() == "adam").ShouldBeGreaterThan(4);
        StudySimulator.Best(history).ShouldBeLessThan(0.01);
    }
}
