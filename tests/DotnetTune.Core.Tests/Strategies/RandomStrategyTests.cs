using DotnetTune.Space;
using DotnetTune.Strategies;

namespace DotnetTune.Core.Tests.Strategies;

public sealed class RandomStrategyTests
{
    [Fact]
    public void Suggest_LogParameter_StaysInBoundsAndIsLogUniform()
    {
        var space = new SearchSpace([new FloatParameter("lr", 1e-5, 1, Log: true)]);
        var strategy = new RandomStrategy();

        var values = Enumerable.Range(0, 4000)
            .Select(n => strategy.Suggest(new SuggestContext(space, n, [], 1))!["lr"].AsDouble())
            .ToList();

        values.ShouldAllBe(v => v >= 1e-5 && v <= 1);
        // Log-uniform: each decade holds about a fifth; uniform would put 0.1% below 1e-3.
        var belowMilli = values.Count(v => v < 1e-3) / (double)values.Count;
        belowMilli.ShouldBeInRange(0.36, 0.44);
        var firstDecade = values.Count(v => v < 1e-4) / (double)values.Count;
        firstDecade.ShouldBeInRange(0.17, 0.23);
    }

    [Fact]
    public void Suggest_LogIntParameter_CoversEveryDecadeAndKeepsBounds()
    {
        var space = new SearchSpace([new IntParameter("units", 1, 1000, Log: true)]);
        var strategy = new RandomStrategy();

        var values = Enumerable.Range(0, 3000)
            .Select(n => strategy.Suggest(new SuggestContext(space, n, [], 2))!["units"].AsLong())
            .ToList();

        values.ShouldAllBe(v => v >= 1 && v <= 1000);
        values.Count(v => v < 10).ShouldBeGreaterThan(600);
        values.Count(v => v >= 100).ShouldBeGreaterThan(600);
    }
}
