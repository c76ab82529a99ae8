using DotnetTune.Manifest;
using DotnetTune.Space;

namespace DotnetTune.Strategies.CoarseToFine;

/// <summary>
/// Computes a round's region from the best trials finished before the round began: each numeric
/// range shrinks to the kept trials' span widened by the margin, in the parameter's own scale;
/// each categorical parameter keeps the values the kept trials used.
/// </summary>
internal static class RegionNarrower
{
    /// <summary>Narrowest numeric range, as a share of the declared range in its scale.</summary>
    public const double MinimumWidth = 0.02;

    private const int MinimumKept = 2;

    public static RoundRegion For(
        SearchSpace space,
        IReadOnlyList<Observation> history,
        RoundPlan plan,
        int round,
        CoarseToFineSettings settings)
    {
        var first = plan.FirstTrial(round);
        var finished = history.Where(o => o.Number < first && o.HasUsableLoss()).ToList();
        if (round == 0 || finished.Count == 0)
        {
            return new RoundRegion(round, first, plan.Size(round), finished.Count, 0, space);
        }

        // At least two trials shape a region: one alone would collapse every range around a
        // single, possibly lucky, point.
        var wanted = (int)Math.Ceiling(settings.KeepFraction * finished.Count);
        var keep = Math.Clamp(Math.Max(wanted, MinimumKept), 1, finished.Count);
        var kept = finished.BestFirst().Take(keep).Select(o => o.Configuration).ToList();
        var margin = Math.Max(0, settings.Margin);
        var narrowed = new SearchSpace(space.Parameters.Select(p => Narrow(p, kept, margin)));
        return new RoundRegion(round, first, plan.Size(round), finished.Count, keep, narrowed);
    }

    private static Parameter Narrow(Parameter parameter, List<Configuration> kept, double margin)
    {
        var values = kept
            .Where(c => c.ContainsKey(parameter.Name))
            .Select(c => c[parameter.Name])
            .ToList();
        if (values.Count == 0)
        {
            return parameter;
        }

        return parameter switch
        {
            FloatParameter f when values.All(v => v.IsNumeric) => NarrowFloat(f, values, margin),
            IntParameter i when values.All(v => v.IsNumeric) => NarrowInt(i, values, margin),
            CategoricalParameter c => NarrowChoices(c, values),
            _ => parameter,
        };
    }

    private static FloatParameter NarrowFloat(
        FloatParameter parameter, List<ParameterValue> values, double margin)
    {
        var (lowUnit, highUnit) = UnitRange(NumericCodec.For(parameter)!, values, margin);
        var low = Math.Min(parameter.FromUnit(lowUnit), values.Min(v => v.AsDouble()));
        var high = Math.Max(parameter.FromUnit(highUnit), values.Max(v => v.AsDouble()));
        low = Math.Max(low, parameter.Low);
        high = Math.Min(high, parameter.High);
        if (parameter.Step is not { } step)
        {
            return parameter with { Low = low, High = high };
        }

        // Snap outwards onto the declared grid so the narrowed grid is a subset of it.
        var last = parameter.GridCount!.Value - 1;
        var lowIndex = (long)Math.Floor((low - parameter.Low) / step + 1e-9);
        var highIndex = (long)Math.Ceiling((high - parameter.Low) / step - 1e-9);
        return parameter with
        {
            Low = parameter.GridValue(Math.Clamp(lowIndex, 0, last)).AsDouble(),
            High = parameter.GridValue(Math.Clamp(highIndex, 0, last)).AsDouble(),
        };
    }

    private static IntParameter NarrowInt(
        IntParameter parameter, List<ParameterValue> values, double margin)
    {
        var (lowUnit, highUnit) = UnitRange(NumericCodec.For(parameter)!, values, margin);
        var smallest = parameter.Quantize(values.Min(v => v.AsDouble()));
        var largest = parameter.Quantize(values.Max(v => v.AsDouble()));
        var low = Math.Min(parameter.FromUnit(lowUnit), smallest);
        var high = Math.Max(parameter.FromUnit(highUnit), largest);
        return parameter with { Low = low, High = high };
    }

    private static CategoricalParameter NarrowChoices(
        CategoricalParameter parameter, List<ParameterValue> values)
    {
        var indices = values
            .Select(parameter.IndexOf)
            .Where(i => i >= 0)
            .Distinct()
            .Order()
            .ToList();
        if (indices.Count == 0)
        {
            return parameter;
        }

        // An ordered list of numbers keeps everything between the kept extremes.
        if (parameter.IsOrdered)
        {
            indices = Enumerable.Range(indices[0], indices[^1] - indices[0] + 1).ToList();
        }

        return parameter with { Choices = indices.Select(i => parameter.Choices[i]).ToList() };
    }

    /// <summary>The kept values' span in [0, 1], widened by the margin, at least MinimumWidth.</summary>
    private static (double Low, double High) UnitRange(
        NumericCodec codec, List<ParameterValue> values, double margin)
    {
        var units = values.Select(codec.Encode).ToList();
        var low = units.Min();
        var high = units.Max();
        var pad = margin * (high - low);
        low -= pad;
        high += pad;
        if (high - low < MinimumWidth)
        {
            var centre = 0.5 * (low + high);
            low = centre - 0.5 * MinimumWidth;
            high = centre + 0.5 * MinimumWidth;
        }

        // Slide a range that sticks out of [0, 1] back in rather than cutting it.
        var shift = low < 0 ? -low : (high > 1 ? 1 - high : 0);
        return (Math.Clamp(low + shift, 0, 1), Math.Clamp(high + shift, 0, 1));
    }
}
