using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Strategies.CoarseToFine;
using DotnetTune.Strategies.Gp;
using DotnetTune.Strategies.Tpe;

namespace DotnetTune.Strategies;

/// <summary>Builds the strategy a manifest's [search] section asks for.</summary>
public static class StrategyFactory
{
    public const string Grid = "grid";
    public const string Random = "random";
    public const string CoarseToFine = "coarse-to-fine";
    public const string Bayesian = "bayesian";
    public const string Manual = "manual";

    public static IReadOnlyList<string> Names { get; } =
        [Grid, Random, CoarseToFine, Bayesian, Manual];

    /// <summary>
    /// The strategy, wrapped so that listed configurations run first (for `manual`, only they
    /// run) and no configuration is proposed twice.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown strategy or model, a grid over a
    /// continuous space, or `manual` without listed configurations.</exception>
    public static ISearchStrategy Create(SearchSettings settings, SearchSpace space)
    {
        var listed = settings.Listed ?? [];
        var core = settings.Strategy switch
        {
            Grid when !space.IsDiscrete => throw new ArgumentException(
                "the grid strategy needs every parameter to be discrete (give floats a step)"),
            Grid => new GridStrategy(),
            Random => new RandomStrategy(),
            CoarseToFine => new CoarseToFineStrategy(
                settings.CoarseToFine ?? new CoarseToFineSettings(), settings.Trials),
            Bayesian => CreateBayesian(settings.Bayesian ?? new(), space),
            Manual when listed.Count == 0 => throw new ArgumentException(
                "the manual strategy needs at least one listed configuration"),
            Manual => null,
            _ => throw new ArgumentException(
                $"unknown strategy '{settings.Strategy}'; expected {string.Join(", ", Names)}"),
        };

        var ordered = listed.Count > 0 || core is null
            ? new ListedFirstStrategy(listed, core)
            : core;
        return new NoRepeatStrategy(ordered);
    }

    /// <summary>
    /// The model `bayesian` uses: tpe or gp as asked; auto picks gp when every tuned parameter
    /// is a float or an int and nothing is conditional, else tpe.
    /// </summary>
    public static string ResolveModel(BayesianSettings settings, SearchSpace space) =>
        settings.Model switch
        {
            "tpe" or "gp" => settings.Model,
            "auto" => IsGpFriendly(space) ? "gp" : "tpe",
            _ => throw new ArgumentException(
                $"unknown bayesian model '{settings.Model}'; expected auto, tpe or gp"),
        };

    private static ISearchStrategy CreateBayesian(BayesianSettings settings, SearchSpace space) =>
        ResolveModel(settings, space) == "gp"
            ? new GpStrategy(new GpOptions(StartupTrials: settings.StartupTrials))
            : new TpeStrategy(new TpeOptions(settings.StartupTrials, settings.Multivariate));

    private static bool IsGpFriendly(SearchSpace space)
    {
        var tuned = space.Tuned.ToList();
        return tuned.Count > 0 &&
               tuned.All(p => p is FloatParameter or IntParameter) &&
               space.Parameters.All(p => p.Condition is null);
    }
}
