using DotnetTune.Space;
using DotnetTune.Templates;

namespace DotnetTune.Core.Tests.Templates;

public sealed class CheckConfigurationsTests
{
    [Fact]
    public void Pick_ConditionalParameters_EachSeenActiveAndInactive()
    {
        var space = new SearchSpace(
        [
            new CategoricalParameter("optimizer", [ParameterValue.Of("adam"), ParameterValue.Of("sgd")]),
            new FloatParameter("momentum", 0.5, 0.99) { Condition = RenderSamples.WhenSgd },
            new IntParameter("layers", 1, 4),
            new IntParameter("units3", 8, 64)
            {
                Condition = new Condition("layers", ConditionOperator.GreaterOrEqual, [ParameterValue.Of(3L)]),
            },
            new FloatParameter("lr", 1e-4, 1e-1, Log: true),
        ]);

        var picked = CheckConfigurations.Pick(space);

        foreach (var name in new[] { "momentum", "units3" })
        {
            picked.ShouldContain(c => c.ContainsKey(name), name);
            picked.ShouldContain(c => !c.ContainsKey(name), name);
        }

        picked.Count.ShouldBeLessThanOrEqualTo(4);
        picked.ShouldAllBe(c => c.ContainsKey("lr") && c.ContainsKey("layers"));
    }

    [Fact]
    public void Pick_NoConditions_OneConfigurationAtTheLowEnd()
    {
        var space = new SearchSpace([new IntParameter("units", 8, 64), new FloatParameter("lr", 0.1, 1.0)]);

        var picked = CheckConfigurations.Pick(space);

        picked.Single().ToString().ShouldBe("units=8, lr=0.1");
    }

    [Fact]
    public void Pick_SameSpace_SameConfigurations()
    {
        CheckConfigurations.Pick(RenderSamples.Space).ShouldBe(CheckConfigurations.Pick(RenderSamples.Space));
    }
}
