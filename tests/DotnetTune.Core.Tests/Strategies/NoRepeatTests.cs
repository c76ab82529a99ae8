using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Strategies;

namespace DotnetTune.Core.Tests.Strategies;

public sealed class NoRepeatTests
{
    public static TheoryData<string> Names() =>
        ["grid", "random", "coarse-to-fine", "tpe", "tpe-multi", "gp"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Run_TwoByThreeGrid_ProposesSixDistinctThenNull(string name)
    {
        var space = TestSpaces.TwoByThree();
        var settings = TestSpaces.AllSettings(6).Single(s => s.Name == name).Settings;
        var strategy = TestSpaces.Create(settings, space);

        var history = StudySimulator.Run(strategy, space, c => c["a"].AsDouble(), trials: 10, seed: 1);

        history.Count.ShouldBe(6);
        history.Select(o => o.Configuration.Key).Distinct().Count().ShouldBe(6);
        strategy.Suggest(new SuggestContext(space, 6, history, 1)).ShouldBeNull();
    }

    [Fact]
    public void Suggest_PendingAndFailedTrials_CountAsTried()
    {
        var space = TestSpaces.TwoByThree();
        var all = space.EnumerateGrid().ToList();
        var history = all.Take(5)
            .Select((c, i) => new Observation(
                i, c, i % 2 == 0 ? ObservationState.Pending : ObservationState.Failed, null))
            .ToList();
        var strategy = StrategyFactory.Create(new SearchSettings("random", 6), space);

        var next = strategy.Suggest(new SuggestContext(space, 5, history, 9));

        next.ShouldBe(all[5]);
    }

    [Fact]
    public void Run_ConditionalFiniteSpace_StopsAfterEveryActiveCombination()
    {
        var space = new SearchSpace(
        [
            new CategoricalParameter("kind", [ParameterValue.Of("a"), ParameterValue.Of("b")]),
            new IntParameter("depth", 1, 3)
            {
                Condition = new Condition("kind", ConditionOperator.In, [ParameterValue.Of("a")]),
            },
        ]);
        var strategy = StrategyFactory.Create(new SearchSettings("random", 10), space);

        var history = StudySimulator.Run(strategy, space, _ => 1, trials: 10, seed: 2);

        space.GridSize().ShouldBe(4);
        history.Select(o => o.Configuration.Key).Distinct().Count().ShouldBe(4);
        history.Count.ShouldBe(4);
    }

    [Fact]
    public void Run_MixedSpaceWithFewDiscreteValues_NeverRepeats()
    {
        var space = new SearchSpace(
        [
            new CategoricalParameter("kind", [ParameterValue.Of("a"), ParameterValue.Of("b")]),
            new FloatParameter("x", 0, 1)
            {
                Condition = new Condition("kind", ConditionOperator.In, [ParameterValue.Of("a")]),
            },
        ]);
        var strategy = StrategyFactory.Create(TestSpaces.Bayesian("tpe", startup: 3), space);

        var history = StudySimulator.Run(
            strategy, space, c => c.ContainsKey("x") ? 1 : 0, trials: 12, seed: 4);

        history.Select(o => o.Configuration.Key).Distinct().Count().ShouldBe(history.Count);
        history.Count(o => !o.Configuration.ContainsKey("x")).ShouldBe(1);
    }
}
