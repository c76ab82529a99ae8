using DotnetTune.Space;
using DotnetTune.Strategies;
using DotnetTune.Strategies.Tpe;

namespace DotnetTune.Core.Tests.Strategies;

public sealed class TpeStrategyTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Run_Bowl_BeatsRandomSearch(bool multivariate)
    {
        var space = TestSpaces.Quadratic2D();
        var seeds = new long[] { 1, 2, 3, 4, 5 };

        var tpe = seeds.Select(seed => StudySimulator.Best(StudySimulator.Run(
            new TpeStrategy(new TpeOptions(Multivariate: multivariate)), space, TestSpaces.Bowl, 60, seed)));
        var random = seeds.Select(seed => StudySimulator.Best(StudySimulator.Run(
            new RandomStrategy(), space, TestSpaces.Bowl, 60, seed)));

        tpe.Order().ElementAt(2).ShouldBeLessThan(random.Order().ElementAt(2) / 3);
    }

    [Fact]
    public void Split_FailedPrunedAndPendingTrials_AreNeverGood()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var states = new[] { ObservationState.Failed, ObservationState.Pruned, ObservationState.Pending };
        var history = Enumerable.Range(0, 30)
            .Select(i => new Observation(
                i,
                new Configuration([new("x", ParameterValue.Of(i / 30.0))]),
                i < 6 ? states[i % 3] : ObservationState.Completed,
                i < 6 ? null : i))
            .ToList();

        var split = TpeSplit.From(history, new TpeOptions());

        split.Good.Count.ShouldBe(3);
        split.Good.Select(g => g.Configuration["x"].AsDouble()).ShouldBe([6 / 30.0, 7 / 30.0, 8 / 30.0]);
        split.Bad.Count.ShouldBe(27);
    }

    [Fact]
    public void Suggest_FailuresNearTheOnlyGoodTrials_StaysAwayFromThem()
    {
        var space = new SearchSpace([new FloatParameter("x", 0, 1)]);
        var completed = Enumerable.Range(0, 20)
            .Select(i => (x: 0.05 * i, state: ObservationState.Completed));
        var failed = Enumerable.Range(0, 20)
            .Select(i => (x: 0.90 + 0.005 * i, state: ObservationState.Failed));
        var history = completed.Concat(failed)
            .Select((p, i) => new Observation(
                i, new Configuration([new("x", ParameterValue.Of(p.x))]), p.state,
                p.state == ObservationState.Completed ? Math.Abs(p.x - 0.3) : null))
            .ToList();
        var strategy = new TpeStrategy(new TpeOptions());

        var proposals = Enumerable.Range(0, 30)
            .Select(seed => strategy.Suggest(new SuggestContext(space, 40, history, seed))!["x"].AsDouble())
            .ToList();

        proposals.Count(x => x > 0.9).ShouldBeLessThan(3);
        proposals.Count(x => Math.Abs(x - 0.3) < 0.15).ShouldBeGreaterThan(15);
    }

    [Fact]
    public void Suggest_IntAndStepParameters_ProposeGridPoints()
    {
        var space = new SearchSpace(
            [new IntParameter("n", 2, 64, Log: true), new FloatParameter("p", 0, 1, Step: 0.25)]);
        double Loss(Configuration c) => Math.Abs(Math.Log2(c["n"].AsDouble()) - 4) + c["p"].AsDouble();

        var strategy = new TpeStrategy(new TpeOptions(StartupTrials: 5));

        var history = StudySimulator.Run(strategy, space, Loss, 30, 2);

        history.Select(o => o.Configuration["n"].AsLong()).ShouldAllBe(n => n >= 2 && n <= 64);
        var steps = new[] { 0, 0.25, 0.5, 0.75, 1 };
        history.Select(o => o.Configuration["p"].AsDouble()).ShouldAllBe(p => steps.Contains(p));
        StudySimulator.Best(history).ShouldBeLessThan(0.5);
    }
}
