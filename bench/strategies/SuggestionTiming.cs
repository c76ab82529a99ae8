using System.Diagnostics;
using DotnetTune.Bench.Strategies.Objectives;
using DotnetTune.Strategies;

namespace DotnetTune.Bench.Strategies;

/// <summary>
/// Milliseconds one suggestion takes with a history of n completed random trials (the median
/// of a few suggestions under different seeds, after two untimed warm-ups).
/// </summary>
internal static class SuggestionTiming
{
    public static readonly int[] HistorySizes = [100, 500];

    public static double Measure(Sampler sampler, Objective objective, int historySize, int repeats)
    {
        var history = RandomHistory(objective, historySize);
        var strategy = sampler.Create(historySize * 2, objective.Space);
        for (var warmUp = 0; warmUp < 2; warmUp++)
        {
            strategy.Suggest(new SuggestContext(objective.Space, historySize, history, warmUp));
        }

        var times = new List<double>();
        for (var r = 0; r < repeats; r++)
        {
            var context = new SuggestContext(objective.Space, historySize, history, 100 + r);
            var watch = Stopwatch.StartNew();
            strategy.Suggest(context);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Summary.Of(times).Median;
    }

    private static List<Observation> RandomHistory(Objective objective, int size)
    {
        var random = new Random(12345);
        return Enumerable.Range(0, size)
            .Select(n =>
            {
                var configuration = objective.Space.Sample(random);
                var loss = objective.Evaluate(configuration);
                return new Observation(n, configuration, ObservationState.Completed, loss);
            })
            .ToList();
    }
}
