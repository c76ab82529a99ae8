using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Strategies;
using DotnetTune.Strategies.CoarseToFine;
using DotnetTune.Strategies.Gp;
using DotnetTune.Strategies.Tpe;

namespace DotnetTune.Core.Tests.Strategies;

public sealed class StrategyFactoryTests
{
    [Fact]
    public void ResolveModel_Auto_PicksGpOnlyForUnconditionalNumbers()
    {
        var numbers = new SearchSpace(
        [
            new FloatParameter("lr", 1e-4, 1, Log: true),
            new IntParameter("n", 1, 4),
            new FixedParameter("epochs", ParameterValue.Of(3L)),
        ]);
        var withChoice = new SearchSpace(
        [
            new FloatParameter("lr", 1e-4, 1),
            new CategoricalParameter("bias", [ParameterValue.Of(true), ParameterValue.Of(false)]),
        ]);
        var auto = new BayesianSettings("auto");

        StrategyFactory.ResolveModel(auto, numbers).ShouldBe("gp");
        StrategyFactory.ResolveModel(auto, withChoice).ShouldBe("tpe");
        StrategyFactory.ResolveModel(auto, TestSpaces.Conditional()).ShouldBe("tpe");
        StrategyFactory.ResolveModel(new BayesianSettings("tpe"), numbers).ShouldBe("tpe");
    }

    [Theory]
    [InlineData("grid", typeof(GridStrategy))]
    [InlineData("random", typeof(RandomStrategy))]
    [InlineData("coarse-to-fine", typeof(CoarseToFineStrategy))]
    [InlineData("bayesian", typeof(TpeStrategy))]
    public void Create_KnownStrategy_WrapsItInTheRepeatGuard(string name, Type expected)
    {
        var strategy = StrategyFactory.Create(new SearchSettings(name, 10), TestSpaces.TwoByThree());

        var guard = strategy.ShouldBeOfType<NoRepeatStrategy>();
        guard.Inner.ShouldBeOfType(expected);
    }

    [Fact]
    public void Create_BayesianGp_UsesTheStartupTrials()
    {
        var bayesian = new BayesianSettings("gp", StartupTrials: 4);
        var settings = new SearchSettings("bayesian", 10, Bayesian: bayesian);

        var guard = (NoRepeatStrategy)StrategyFactory.Create(settings, TestSpaces.Quadratic2D());

        guard.Inner.ShouldBeOfType<GpStrategy>().Options.StartupTrials.ShouldBe(4);
    }

    [Theory]
    [InlineData("anneal", null, "unknown strategy 'anneal'")]
    [InlineData("bayesian", "smac", "unknown bayesian model 'smac'")]
    [InlineData("manual", null, "needs at least one listed configuration")]
    [InlineData("grid", "continuous", "needs every parameter to be discrete")]
    public void Create_InvalidSettings_ThrowsWithReason(string name, string? model, string message)
    {
        var space = model == "continuous" ? TestSpaces.Quadratic2D() : TestSpaces.TwoByThree();
        var bayesian = model is null or "continuous" ? null : new BayesianSettings(model);

        var error = Should.Throw<ArgumentException>(
            () => StrategyFactory.Create(new SearchSettings(name, 10, Bayesian: bayesian), space));

        error.Message.ShouldContain(message);
    }
}
