using DotnetTune.Space;

namespace DotnetTune.Strategies.Tpe;

/// <summary>A configuration and the weight its kernel gets.</summary>
internal sealed record WeightedConfiguration(Configuration Configuration, double Weight);

/// <summary>
/// The history split into good trials (the best completed ones) and bad ones. Everything else
/// is bad: worse completed trials, failed and pruned trials, and pending trials (the constant
/// liar, so that parallel workers are not sent to the same place).
/// </summary>
internal sealed record TpeSplit(
    IReadOnlyList<WeightedConfiguration> Good, IReadOnlyList<WeightedConfiguration> Bad)
{
    /// <summary>Trials that keep full weight; older ones fade linearly (as in Optuna).</summary>
    private const int FullWeightTrials = 25;

    public static TpeSplit From(IReadOnlyList<Observation> history, TpeOptions options)
    {
        var usable = history.Usable();
        var goodNumbers = usable.BestFirst()
            .Take(options.GoodCount(usable.Count))
            .Select(o => o.Number)
            .ToHashSet();
        var good = history.Where(o => o.HasUsableLoss() && goodNumbers.Contains(o.Number));
        var bad = history.Where(o => !(o.HasUsableLoss() && goodNumbers.Contains(o.Number)));
        return new TpeSplit(Weighted(good), Weighted(bad));
    }

    private static List<WeightedConfiguration> Weighted(IEnumerable<Observation> observations)
    {
        var ordered = observations.OrderBy(o => o.Number).ToList();
        var count = ordered.Count;
        var fading = Math.Max(0, count - FullWeightTrials);
        return ordered
            .Select((o, i) => new WeightedConfiguration(o.Configuration, Weight(i, fading, count)))
            .ToList();
    }

    private static double Weight(int index, int fading, int count)
    {
        if (index >= fading)
        {
            return 1.0;
        }

        return fading == 1 ? 1.0 / count : 1.0 / count + (1 - 1.0 / count) * index / (fading - 1);
    }
}
