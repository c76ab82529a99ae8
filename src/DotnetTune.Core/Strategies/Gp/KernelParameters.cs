namespace DotnetTune.Strategies.Gp;

/// <summary>
/// Hyper-parameters of the Matérn 5/2 kernel with one lengthscale per coordinate (ARD):
/// k(x, y) = Scale * m(r), r^2 = sum_d InverseSquaredLengthscales[d] * dist_d(x, y)^2, where a
/// categorical coordinate's distance is 0 for the same choice and 1 otherwise; Noise is added to
/// the diagonal.
/// </summary>
internal sealed record KernelParameters(
    double[] InverseSquaredLengthscales, double Scale, double Noise)
{
    public double SquaredDistance(double[] x, double[] y, bool[] isCategorical)
    {
        var sum = 0.0;
        for (var d = 0; d < x.Length; d++)
        {
            var difference = x[d] - y[d];
            var squared = isCategorical[d] ? (difference == 0 ? 0 : 1) : difference * difference;
            sum += InverseSquaredLengthscales[d] * squared;
        }

        return sum;
    }
}

/// <summary>The Matérn 5/2 correlation as a function of the squared scaled distance.</summary>
internal static class Matern52
{
    private const double Sqrt5 = 2.23606797749979;

    public static double Value(double squaredDistance)
    {
        var r = Math.Sqrt(squaredDistance);
        return (1 + Sqrt5 * r + 5.0 / 3.0 * squaredDistance) * Math.Exp(-Sqrt5 * r);
    }

    /// <summary>d m / d(r^2), finite at r = 0.</summary>
    public static double DerivativeBySquaredDistance(double squaredDistance)
    {
        var r = Math.Sqrt(squaredDistance);
        return -5.0 / 6.0 * (1 + Sqrt5 * r) * Math.Exp(-Sqrt5 * r);
    }
}
