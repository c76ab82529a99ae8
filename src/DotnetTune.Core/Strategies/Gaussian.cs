using MathNet.Numerics;

namespace DotnetTune.Strategies;

/// <summary>The standard normal distribution, accurate in both tails, and its truncation.</summary>
internal static class Gaussian
{
    private const double Sqrt2 = 1.4142135623730951;
    private const double LogSqrt2Pi = 0.91893853320467274;

    /// <summary>Past this many deviations a tail's mass is below 1e-15 and needs no erfc.</summary>
    private const double Far = 8;

    public static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Sqrt2);

    public static double LogPdf(double z) => -0.5 * z * z - LogSqrt2Pi;

    public static double InverseCdf(double p) => -Sqrt2 * SpecialFunctions.ErfcInv(2 * p);

    /// <summary>Probability of [a, b] (a &lt;= b), on the side where it keeps its digits.</summary>
    public static double Mass(double a, double b)
    {
        if (a < -Far && b > Far)
        {
            return 1;
        }

        return a > 0 ? Cdf(-a) - Cdf(-b) : Cdf(b) - Cdf(a);
    }

    /// <summary>
    /// log of the probability of [a, b]; far in a tail it uses the asymptotic series of the
    /// tail mass, which is cheaper than erfc and does not underflow.
    /// </summary>
    public static double LogMass(double a, double b)
    {
        if (a > Far)
        {
            return LogTailDifference(a, b);
        }

        if (b < -Far)
        {
            return LogTailDifference(-b, -a);
        }

        return Math.Log(Mass(a, b));
    }

    /// <summary>Draws z from the standard normal restricted to [a, b].</summary>
    public static double SampleTruncated(Random random, double a, double b)
    {
        if (a > 0)
        {
            return -SampleTruncated(random, -b, -a);
        }

        if (a < -Far && b > Far)
        {
            return Math.Clamp(InverseCdf(random.NextDouble()), a, b);
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

    /// <summary>log(Q(x) - Q(y)) for Far &lt; x &lt;= y, Q the upper tail mass.</summary>
    private static double LogTailDifference(double x, double y)
    {
        var logX = LogUpperTail(x);
        if (double.IsPositiveInfinity(y))
        {
            return logX;
        }

        var ratio = Math.Exp(LogUpperTail(y) - logX);
        return logX + Math.Log(Math.Max(1 - ratio, 1e-300));
    }

    /// <summary>log Q(x) for x &gt; Far: phi(x)/x (1 - 1/x^2 + 3/x^4 - 15/x^6).</summary>
    private static double LogUpperTail(double x)
    {
        var inverse = 1 / (x * x);
        var series = 1 - inverse * (1 - inverse * (3 - 15 * inverse));
        return LogPdf(x) - Math.Log(x) + Math.Log(series);
    }
}
