using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Strategies;

namespace DotnetTune.Core.Tests.Strategies;

public sealed class WarmStartTests
{
    private static readonly SearchSpace Space = TestSpaces.Quadratic2D();

    private static readonly Configuration[] Listed =
    [
        Point(1, 1),
        Point(2, 3),
        Point(9, 14),
    ];

    [Theory]
    [InlineData("random")]
    [InlineData("coarse-to-fine")]
    [InlineData("bayesian")]
    public void Run_ListedConfigurations_RunFirstInOrder(string name)
    {
        var strategy = StrategyFactory.Create(new SearchSettings(name, 8, Listed: Listed), Space);

        var history = StudySimulator.Run(strategy, Space, TestSpaces.Bowl, 8, 1);

        history.Take(3).Select(o => o.Configuration).ShouldBe(Listed);
        history.Skip(3).ShouldAllBe(o => !Listed.Contains(o.Configuration));
    }

    [Fact]
    public void Run_GridWithListed_ListedFirstThenTheRestOfTheGrid()
    {
        var space = TestSpaces.TwoByThree();
        var grid = space.EnumerateGrid().ToList();
        var settings = new SearchSettings("grid", 6, Listed: [grid[4], grid[1]]);

        var history = StudySimulator.Run(StrategyFactory.Create(settings, space), space, _ => 0, 10, 1);

        history.Select(o => o.Configuration).ShouldBe([grid[4], grid[1], grid[0], grid[2], grid[3], grid[5]]);
    }

    [Fact]
    public void Run_Manual_ProposesTheListedThenNothing()
    {
        var strategy = StrategyFactory.Create(new SearchSettings("manual", 10, Listed: Listed), Space);

        var history = StudySimulator.Run(strategy, Space, TestSpaces.Bowl, 10, 1);

        history.Select(o => o.Configuration).ShouldBe(Listed);
    }

    [Fact]
    public void Suggest_ListedAlreadyTried_SkipsIt()
    {
        var strategy = StrategyFactory.Create(new SearchSettings("manual", 10, Listed: Listed), Space);
        var history = new List<Observation> { new(0, Listed[1], ObservationState.Failed, null) };

        var next = strategy.Suggest(new SuggestContext(Space, 1, history, 1));

        next.ShouldBe(Listed[0]);
    }

    private static Configuration Point(double x, double y) =>
        new([new("x", ParameterValue.Of(x)), new("y", ParameterValue.Of(y))]);
}
