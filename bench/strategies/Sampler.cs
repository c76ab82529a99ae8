using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Strategies;

namespace DotnetTune.Bench.Strategies;

/// <summary>A strategy as the tool would build it from a manifest, under a short name.</summary>
internal sealed record Sampler(string Name, Func<int, SearchSettings> Settings)
{
    public static IReadOnlyList<Sampler> All { get; } =
    [
        new("random", budget => new SearchSettings("random", budget)),
        new("coarse-to-fine", budget => new SearchSettings("coarse-to-fine", budget, CoarseToFine: new())),
        new("TPE", budget => Bayesian(budget, new BayesianSettings("tpe"))),
        new("TPE-uni", budget => Bayesian(budget, new BayesianSettings("tpe", Multivariate: false))),
        new("GP", budget => Bayesian(budget, new BayesianSettings("gp"))),
    ];

    public ISearchStrategy Create(int budget, SearchSpace space) =>
        StrategyFactory.Create(Settings(budget), space);

    private static SearchSettings Bayesian(int budget, BayesianSettings settings) =>
        new("bayesian", budget, Bayesian: settings);
}
