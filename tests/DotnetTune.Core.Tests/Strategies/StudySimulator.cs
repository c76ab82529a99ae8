using DotnetTune.Space;
using DotnetTune.Strategies;

namespace DotnetTune.Core.Tests.Strategies;

/// <summary>Runs a strategy trial after trial on a function, as a sequential sweep would.</summary>
internal static class StudySimulator
{
    public static List<Observation> Run(
        ISearchStrategy strategy,
        SearchSpace space,
        Func<Configuration, double> loss,
        int trials,
        long seed,
        List<Observation>? start = null)
    {
        var history = start?.ToList() ?? [];
        for (var trial = history.Count; trial < trials; trial++)
        {
            var configuration = strategy.Suggest(new SuggestContext(space, trial, history, seed));
            if (configuration is null)
            {
                break;
            }

            var value = loss(configuration);
            history.Add(new Observation(trial, configuration, ObservationState.Completed, value));
        }

        return history;
    }

    public static double Best(IEnumerable<Observation> history) => history.Min(o => o.Loss!.Value);
}
