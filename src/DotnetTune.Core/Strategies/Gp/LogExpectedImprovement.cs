namespace DotnetTune.Strategies.Gp;

/// <summary>
/// log E[max(best - f, 0)] for f ~ N(mean, variance), computed without underflow far from the
/// incumbent (where plain EI is 0 and gives an optimiser nothing to follow).
/// </summary>
internal static class LogExpectedImprovement
{
    private const double MinimumVariance = 1e-20;
    private const double TailStart = -25;

    public static double Value(double mean, double variance, double best)
    {
        var sigma = Math.Sqrt(Math.Max(variance, MinimumVariance));
        return Math.Log(sigma) + LogH((best - mean) / sigma);
    }

    /// <summary>Value, and its gradient from the mean's and the variance's gradients.</summary>
    public static double Value(
        double mean,
        double variance,
        double best,
        double[] meanGradient,
        double[] varianceGradient,
        double[] gradient)
    {
        var clamped = Math.Max(variance, MinimumVariance);
        var sigma = Math.Sqrt(clamped);
        var z = (best - mean) / sigma;
        var ratio = CdfOverH(z);
        for (var d = 0; d < gradient.Length; d++)
        {
            var sigmaGradient = variance > MinimumVariance ? varianceGradient[d] / (2 * sigma) : 0;
            var zGradient = (-meanGradient[d] - z * sigmaGradient) / sigma;
            gradient[d] = sigmaGradient / sigma + ratio * zGradient;
        }

        return Math.Log(sigma) + LogH(z);
    }

    /// <summary>log h(z), h(z) = phi(z) + z Phi(z): a unit normal's expected improvement.</summary>
    public static double LogH(double z)
    {
        if (z > TailStart)
        {
            return Math.Log(Math.Exp(Gaussian.LogPdf(z)) + z * Gaussian.Cdf(z));
        }

        var inverseSquare = 1 / (z * z);
        return Gaussian.LogPdf(z) + Math.Log(inverseSquare) +
               Math.Log(1 - 3 * inverseSquare + 15 * inverseSquare * inverseSquare);
    }

    /// <summary>d log h / dz = Phi(z) / h(z).</summary>
    private static double CdfOverH(double z)
    {
        if (z > TailStart)
        {
            return Gaussian.Cdf(z) / (Math.Exp(Gaussian.LogPdf(z)) + z * Gaussian.Cdf(z));
        }

        var inverseSquare = 1 / (z * z);
        return -z * (1 - inverseSquare + 3 * inverseSquare * inverseSquare) /
               (1 - 3 * inverseSquare + 15 * inverseSquare * inverseSquare);
    }
}
