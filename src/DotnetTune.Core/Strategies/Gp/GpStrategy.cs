using DotnetTune.Space;

namespace DotnetTune.Strategies.Gp;

/// <summary>
/// Bayesian optimisation with a Gaussian process. Configurations are encoded in the unit cube
/// (numbers in their own scale, categories as indices compared for equality, which is one-hot
/// encoding with one lengthscale per parameter), losses are standardised, and a Matérn 5/2 kernel
/// with one lengthscale per coordinate is fitted by maximising the marginal likelihood. The next
/// configuration maximises log expected improvement; integers and steps are rounded to their grid.
/// </summary>
/// <remarks>
/// Pending trials are handled by the kriging believer: they enter the model with the mean it
/// predicts for them, which removes their uncertainty so parallel workers spread out. Failed and
/// pruned trials are left out of the model (the no-repeat guard still keeps them from being
/// proposed again in a discrete space).
/// </remarks>
public sealed class GpStrategy(GpOptions options) : ISearchStrategy
{
    public GpOptions Options => options;

    public Configuration? Suggest(SuggestContext context)
    {
        var usable = context.History.Usable();
        var encoder = new GpEncoder(context.Space);
        if (encoder.Dimensions.Count == 0)
        {
            return context.Space.Sample(context.RandomFor("gp-startup"));
        }

        if (usable.Count < Math.Max(2, options.StartupTrials))
        {
            return encoder.Decode(StartupDesign.Point(encoder, context));
        }

        var losses = usable.Select(o => o.Loss!.Value).ToList();
        var modelled = Subset(losses, options.MaxModelTrials, context.RandomFor("gp-subset"))
            .Select(i => usable[i])
            .ToList();
        var points = modelled.Select(o => encoder.Encode(o.Configuration)).ToArray();
        var values = Standardise(modelled.Select(o => o.Loss!.Value).ToArray());
        var fitted = Subset(values, options.MaxFitTrials, context.RandomFor("gp-fit"));
        var parameters = HyperparameterFitter.Fit(
            fitted.Select(i => points[i]).ToArray(),
            fitted.Select(i => values[i]).ToArray(),
            encoder.IsCategorical);
        var model = new GaussianProcess(points, values, encoder.IsCategorical, parameters);
        model = BelievePending(model, context.History, encoder, points, values);

        var bestIndex = Array.IndexOf(values, values.Min());
        var optimizer = new AcquisitionOptimizer(model, encoder, values[bestIndex], options);
        var ranked = optimizer.Rank(context.RandomFor("gp"), [points[bestIndex]]);
        return FirstUntried(ranked, encoder, context.History.TriedKeys());
    }

    private static Configuration FirstUntried(
        List<ScoredPoint> ranked, GpEncoder encoder, HashSet<string> tried)
    {
        foreach (var candidate in ranked)
        {
            var configuration = encoder.Decode(candidate.Point);
            if (!tried.Contains(configuration.Key))
            {
                return configuration;
            }
        }

        return encoder.Decode(ranked[0].Point);
    }

    /// <summary>
    /// Indices of all the trials, or past the limit of the best half and a random draw of the
    /// rest, in their original order.
    /// </summary>
    private List<int> Subset(IReadOnlyList<double> losses, int limit, Random random)
    {
        limit = Math.Max(options.StartupTrials, limit);
        var all = Enumerable.Range(0, losses.Count).ToList();
        if (losses.Count <= limit)
        {
            return all;
        }

        var ranked = all.OrderBy(i => losses[i]).ThenBy(i => i).ToList();
        var best = ranked.Take(limit / 2);
        var rest = ranked.Skip(limit / 2).OrderBy(_ => random.NextDouble()).Take(limit - limit / 2);
        return best.Concat(rest).Order().ToList();
    }

    private static GaussianProcess BelievePending(
        GaussianProcess model,
        IReadOnlyList<Observation> history,
        GpEncoder encoder,
        double[][] points,
        double[] values)
    {
        var pending = history
            .Where(o => o.State == ObservationState.Pending)
            .Select(o => encoder.Encode(o.Configuration))
            .ToArray();
        if (pending.Length == 0)
        {
            return model;
        }

        var believed = pending.Select(p => model.Predict(p).Mean);
        double[][] allPoints = [.. points, .. pending];
        double[] allValues = [.. values, .. believed];
        return new GaussianProcess(allPoints, allValues, encoder.IsCategorical, model.Parameters);
    }

    private static double[] Standardise(double[] losses)
    {
        var mean = losses.Average();
        var variance = losses.Select(l => (l - mean) * (l - mean)).Average();
        var deviation = variance > 0 ? Math.Sqrt(variance) : 1;
        return losses.Select(l => (l - mean) / deviation).ToArray();
    }
}
