using DotnetTune.Space;

namespace DotnetTune.Strategies.Gp;

/// <summary>
/// Bayesian optimisation with a Gaussian process. Configurations are encoded in the unit cube
/// (numbers in their own scale, categories as indices compared for equality), losses are
/// standardised, and a Matérn 5/2 kernel with one lengthscale per coordinate is fitted by
/// maximising the marginal likelihood. The next configuration maximises log expected
/// improvement; integers and steps are rounded to their grid.
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

    internal static bool UseDesign = true;

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
            return UseDesign ? encoder.Decode(StartupDesign.Point(encoder, context)) : context.Space.Sample(context.RandomFor("gp-startup"));
        }

        var random = context.RandomFor("gp");
        var modelled = Subset(usable, options.MaxModelTrials, context.RandomFor("gp-subset"));
        var points = modelled.Select(o => encoder.Encode(o.Configuration)).ToArray();
        var values = Standardise(modelled.Select(o => o.Loss!.Value).ToArray());
        var fitted = Subset(modelled, options.MaxFitTrials, context.RandomFor("gp-fit-subset"));
        var parameters = HyperparameterFitter.Fit(
            fitted.Select(o => encoder.Encode(o.Configuration)).ToArray(),
            Standardise(fitted.Select(o => o.Loss!.Value).ToArray()),
            encoder.IsCategorical);
        var model = new GaussianProcess(points, values, encoder.IsCategorical, parameters);
        model = BelievePending(model, context.History, encoder, points, values);

        var bestIndex = Array.IndexOf(values, values.Min());
        var optimizer = new AcquisitionOptimizer(model, encoder, values[bestIndex], options);
        var ranked = optimizer.Rank(random, [points[bestIndex]]);
        return FirstUntried(ranked, encoder, context.History.TriedKeys());
    }

    private static Configuration FirstUntried(List<ScoredPoint> ranked, GpEncoder encoder, HashSet<string> tried)
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

    /// <summary>All the trials, or past the limit the best half and a random half of the rest.</summary>
    private List<Observation> Subset(List<Observation> trials, int limit, Random random)
    {
        limit = Math.Max(options.StartupTrials, limit);
        if (trials.Count <= limit)
        {
            return trials;
        }

        var ranked = trials.BestFirst();
        var best = ranked.Take(limit / 2);
        var rest = ranked.Skip(limit / 2).OrderBy(_ => random.NextDouble()).Take(limit - limit / 2);
        return best.Concat(rest).OrderBy(o => o.Number).ToList();
    }

    private static GaussianProcess BelievePending(
        GaussianProcess model, IReadOnlyList<Observation> history, GpEncoder encoder, double[][] points, double[] values)
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
        return new GaussianProcess(
            [.. points, .. pending], [.. values, .. believed], encoder.IsCategorical, model.Parameters);
    }

    private static double[] Standardise(double[] losses)
    {
        var mean = losses.Average();
        var variance = losses.Select(l => (l - mean) * (l - mean)).Average();
        var deviation = variance > 0 ? Math.Sqrt(variance) : 1;
        return losses.Select(l => (l - mean) / deviation).ToArray();
    }
}
