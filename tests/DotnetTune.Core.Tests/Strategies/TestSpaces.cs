using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Strategies;

namespace DotnetTune.Core.Tests.Strategies;

/// <summary>Small spaces, objectives and strategy settings shared by the strategy tests.</summary>
internal static class TestSpaces
{
    public static SearchSpace Quadratic2D() =>
        new([new FloatParameter("x", -5, 10), new FloatParameter("y", 0, 15)]);

    public static double Bowl(Configuration c) =>
        Math.Pow(c["x"].AsDouble() - 2, 2) + Math.Pow(c["y"].AsDouble() - 3, 2);

    public static SearchSpace Branin() =>
        new([new FloatParameter("x1", -5, 10), new FloatParameter("x2", 0, 15)]);

    public static double BraninValue(Configuration c)
    {
        var x1 = c["x1"].AsDouble();
        var x2 = c["x2"].AsDouble();
        var inner = x2 - 5.1 / (4 * Math.PI * Math.PI) * x1 * x1 + 5 / Math.PI * x1 - 6;
        return inner * inner + 10 * (1 - 1 / (8 * Math.PI)) * Math.Cos(x1) + 10;
    }

    /// <summary>A 2 x 3 grid: six configurations in all.</summary>
    public static SearchSpace TwoByThree() => new(
    [
        new IntParameter("a", 1, 2),
        new CategoricalParameter("b", Choices("x", "y", "z")),
    ]);

    /// <summary>optimizer in {sgd, adam}; momentum only for sgd, beta only for adam.</summary>
    public static SearchSpace Conditional() => new(
    [
        new CategoricalParameter("optimizer", Choices("sgd", "adam")),
        new FloatParameter("momentum", 0, 0.99)
        {
            Condition = new Condition("optimizer", ConditionOperator.In, Choices("sgd")),
        },
        new FloatParameter("beta", 0.8, 0.999)
        {
            Condition = new Condition("optimizer", ConditionOperator.In, Choices("adam")),
        },
        new FloatParameter("lr", 1e-5, 1, Log: true),
    ]);

    public static double ConditionalLoss(Configuration c)
    {
        var lr = Math.Pow(Math.Log10(c["lr"].AsDouble()) + 3, 2);
        return c["optimizer"].AsString() == "sgd"
            ? 0.2 + lr + Math.Pow(c["momentum"].AsDouble() - 0.9, 2)
            : lr + Math.Pow(c["beta"].AsDouble() - 0.9, 2);
    }

    /// <summary>Every strategy the factory makes, by a short name, for a budget.</summary>
    public static IEnumerable<(string Name, SearchSettings Settings)> AllSettings(int budget) =>
    [
        ("grid", new SearchSettings("grid", budget)),
        ("random", new SearchSettings("random", budget)),
        ("coarse-to-fine", new SearchSettings("coarse-to-fine", budget, CoarseToFine: new(Rounds: 2))),
        ("tpe", new SearchSettings("bayesian", budget, Bayesian: new("tpe", StartupTrials: 2))),
        ("tpe-multi", new SearchSettings("bayesian", budget, Bayesian: new("tpe", 2, Multivariate: true))),
        ("gp", new SearchSettings("bayesian", budget, Bayesian: new("gp", StartupTrials: 2))),
    ];

    public static List<ParameterValue> Choices(params string[] names) =>
        names.Select(ParameterValue.Of).ToList();

    public static SearchSettings Bayesian(string model, int startup = 5, bool multivariate = false) =>
        new("bayesian", 50, Bayesian: new BayesianSettings(model, startup, multivariate));

    public static ISearchStrategy Create(SearchSettings settings, SearchSpace space) =>
        StrategyFactory.Create(settings, space);
}
