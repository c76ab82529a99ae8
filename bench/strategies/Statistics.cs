namespace DotnetTune.Bench.Strategies;

/// <summary>Median and quartiles by linear interpolation between order statistics.</summary>
internal readonly record struct Summary(double Median, double Lower, double Upper)
{
    public static Summary Of(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        return new Summary(Quantile(sorted, 0.5), Quantile(sorted, 0.25), Quantile(sorted, 0.75));
    }

    private static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var position = q * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
