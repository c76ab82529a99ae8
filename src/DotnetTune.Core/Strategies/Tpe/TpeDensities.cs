using System.Globalization;

namespace DotnetTune.Strategies.Tpe;

/// <summary>
/// The good density l(x) and the bad density g(x) over a group of axes; proposes the candidate
/// drawn from l with the largest l(x)/g(x).
/// </summary>
internal sealed class TpeDensities
{
    private readonly ParzenMixture _good;
    private readonly ParzenMixture _bad;

    private TpeDensities(ParzenMixture good, ParzenMixture bad)
    {
        _good = good;
        _bad = bad;
    }

    /// <summary>Builds both densities from the trials in which every axis has a value.</summary>
    public static TpeDensities Build(
        IReadOnlyList<TpeAxis> axes, TpeSplit split, TpeOptions options, BandwidthRule rule)
    {
        var good = Mixture(axes, split.Good, options, rule);
        var bad = Mixture(axes, split.Bad, options, rule);
        return new TpeDensities(good, bad);
    }

    public double[] Propose(Random random, int candidates)
    {
        // Discrete candidates repeat; each distinct one is scored once.
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        double[]? best = null;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < Math.Max(1, candidates); i++)
        {
            var candidate = _good.Sample(random);
            var key = string.Join(",", candidate.Select(v => v.ToString(CultureInfo.InvariantCulture)));
            if (!scores.TryGetValue(key, out var score))
            {
                score = _good.LogDensity(candidate) - _bad.LogDensity(candidate);
                scores[key] = score;
            }

            if (best is null || score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best!;
    }

    private static ParzenMixture Mixture(
        IReadOnlyList<TpeAxis> axes,
        IReadOnlyList<WeightedConfiguration> trials,
        TpeOptions options,
        BandwidthRule rule)
    {
        var rows = new List<double[]>();
        var weights = new List<double>();
        foreach (var trial in trials)
        {
            var row = new double[axes.Count];
            if (Encode(axes, trial, row))
            {
                rows.Add(row);
                weights.Add(trial.Weight);
            }
        }

        var kernels = axes
            .Select((axis, d) => axis.BuildKernels(Column(rows, d), rule, options.PriorWeight))
            .ToList();
        return new ParzenMixture(weights, options.PriorWeight, kernels);
    }

    private static List<double> Column(List<double[]> rows, int d) => rows.Select(r => r[d]).ToList();

    private static bool Encode(
        IReadOnlyList<TpeAxis> axes, WeightedConfiguration trial, double[] row)
    {
        for (var d = 0; d < axes.Count; d++)
        {
            if (!axes[d].TryEncode(trial.Configuration, out row[d]))
            {
                return false;
            }
        }

        return true;
    }
}
