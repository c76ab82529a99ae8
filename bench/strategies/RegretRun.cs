using DotnetTune.Bench.Strategies.Objectives;
using DotnetTune.Strategies;

namespace DotnetTune.Bench.Strategies;

/// <summary>One sequential study of a sampler on an objective: simple regret at checkpoints.</summary>
internal static class RegretRun
{
    public static double[] Run(
        Sampler sampler, Objective objective, long seed, int budget, int[] checkpoints)
    {
        var strategy = sampler.Create(budget, objective.Space);
        var history = new List<Observation>();
        var best = double.PositiveInfinity;
        var regrets = Enumerable.Repeat(double.NaN, checkpoints.Length).ToArray();
        for (var trial = 0; trial < budget; trial++)
        {
            var context = new SuggestContext(objective.Space, trial, history, seed);
            if (strategy.Suggest(context) is not { } configuration)
            {
                break;
            }

            var loss = objective.Evaluate(configuration);
            history.Add(new Observation(trial, configuration, ObservationState.Completed, loss));
            best = Math.Min(best, loss);
            var index = Array.IndexOf(checkpoints, trial + 1);
            if (index >= 0)
            {
                regrets[index] = best - objective.Optimum;
            }
        }

        return regrets;
    }
}
