using System.Numerics;
using DotnetTune.Space;

namespace DotnetTune.Core.Tests.Space;

public sealed class SearchSpaceTests
{
    [Fact]
    public void GridValues_IntStepOnHigh_IncludesHigh()
    {
        new IntParameter("units", 32, 128, Step: 32).GridValues().Select(v => v.AsLong())
            .ShouldBe([32L, 64, 96, 128]);
    }

    [Fact]
    public void GridValues_IntStepOffHigh_StopsOnLastStep()
    {
        var values = new IntParameter("units", 10, 1000, Step: 50).GridValues().Select(v => v.AsLong()).ToList();

        values.First().ShouldBe(10);
        values.Last().ShouldBe(960);
        values.Count.ShouldBe(20);
    }

    [Fact]
    public void GridValues_FloatStep_PrintsExactly()
    {
        var values = new FloatParameter("keep", 0.8, 1.0, Step: 0.1).GridValues().Select(v => v.ToString());

        values.ShouldBe(["0.8", "0.9", "1.0"]);
    }

    [Fact]
    public void GridSize_ConditionalChild_CountsOnlyValidCombinations()
    {
        var optimizer = new CategoricalParameter("optimizer", [ParameterValue.Of("adam"), ParameterValue.Of("sgd")]);
        ParameterValue[] momenta = [ParameterValue.Of(0.8), ParameterValue.Of(0.9), ParameterValue.Of(0.99)];
        var momentum = new CategoricalParameter("momentum", momenta)
        {
            Condition = new Condition("optimizer", ConditionOperator.In, [ParameterValue.Of("sgd")]),
        };
        var space = new SearchSpace([momentum, optimizer]);

        space.GridSize().ShouldBe(new BigInteger(4));
        var grid = space.EnumerateGrid().ToList();
        grid.Count.ShouldBe(4);
        grid.Count(c => c.ContainsKey("momentum")).ShouldBe(3);
        grid.Select(c => c.Key).Distinct().Count().ShouldBe(4);
    }

    [Fact]
    public void GridSize_HugeSpace_IsCountedWithoutOverflow()
    {
        var parameters = Enumerable.Range(0, 40).Select(i => (Parameter)new IntParameter($"p{i}", 1, 1000));

        var size = new SearchSpace(parameters).GridSize();

        size.ShouldBe(BigInteger.Pow(1000, 40));
    }

    [Fact]
    public void Sample_LogScale_StaysInBoundsAndSpreadsOverDecades()
    {
        var space = new SearchSpace([new FloatParameter("lr", 1e-5, 1, Log: true)]);
        var random = new Random(1);

        var values = Enumerable.Range(0, 2000).Select(_ => space.Sample(random)["lr"].AsDouble()).ToList();

        values.ShouldAllBe(v => v >= 1e-5 && v <= 1);
        values.Count(v => v < 1e-4).ShouldBeInRange(300, 500);
    }

    [Fact]
    public void Sample_InactiveChild_IsLeftOut()
    {
        var layers = new IntParameter("layers", 1, 2);
        var units2 = new IntParameter("units2", 8, 16)
        {
            Condition = new Condition("layers", ConditionOperator.GreaterOrEqual, [ParameterValue.Of(2L)]),
        };
        var space = new SearchSpace([layers, units2]);
        var random = new Random(3);

        var samples = Enumerable.Range(0, 50).Select(_ => space.Sample(random)).ToList();

        samples.ShouldAllBe(c => c.ContainsKey("units2") == (c["layers"].AsLong() >= 2));
    }
}
