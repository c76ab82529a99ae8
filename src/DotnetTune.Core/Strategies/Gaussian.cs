using MathNet.Numerics;

namespace DotnetTune.Strategies;

/// <summary>The standard normal distribution, accurate in both tails, and its truncation.</summary>
internal static class Gaussian
{
    private const double Sqrt2 = 1.4142135623730951;
    private const double LogSqrt2Pi = 0.91893853320467274;

    public static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Sqrt2);

    public static double LogPdf(double z) => -0.5 * z * z - LogSqrt2Pi;

    public static double InverseCdf(double p) => -Sqrt2 * SpecialFunctions.ErfcInv(2 * p);

    /// <summary>Probability of [a, b] (a &lt;= b), computed on the side where it keeps its digits.</summary>
    public static double Mass(double a, double b) => a > 0 ? Cdf(-a) - Cdf(-b) : Cdf(b) - Cdf(a);

    /// <summary>Draws z from the standard normal restricted to [a, b].</summary>
    public static double SampleTruncated(Random random, double a, double b)
    {
        if (a > 0)
        {
            return -SampleTruncated(random, -b, -a);
        }

        var low = Cdf(a);
        var high = Cdf(b);
        if (!(high > low))
        {
            return b;
        }

        var z = InverseCdf(low + random.NextDouble() * (high - low));
        return double.IsNaN(z) ? 0.5 * (a + b) : Math.Clamp(z, a, b);
    }
}
