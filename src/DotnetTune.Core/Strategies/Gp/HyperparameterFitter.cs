namespace DotnetTune.Strategies.Gp;

/// <summary>
/// Fits the kernel's hyper-parameters by maximising the log marginal likelihood plus weak priors,
/// over their logarithms, with MathNet's bounded BFGS from fixed starting values (lengthscale 1,
/// scale 1, noise 1, as Optuna starts without a cache).
/// </summary>
internal static class HyperparameterFitter
{
    private const int MaxIterations = 60;

    /// <summary>Relative gradient at which the fit stops; tighter costs time for nothing.</summary>
    private const double GradientTolerance = 1e-3;

    public static KernelParameters Fit(double[][] points, double[] values, bool[] isCategorical)
    {
        var likelihood = new MarginalLikelihood(points, values, isCategorical);
        var dims = isCategorical.Length;
        var lower = Bounds(dims, inverseSquaredLengthscale: 1e-4, scale: 1e-3, noise: 1e-9);
        var upper = Bounds(dims, inverseSquaredLengthscale: 1e4, scale: 1e3, noise: 10);
        var start = new double[dims + 2];
        var (best, _) = BoundedMinimizer.Minimize(
            likelihood.NegativeLogPosterior, lower, upper, start, MaxIterations, GradientTolerance);
        return MarginalLikelihood.ToParameters(best);
    }

    /// <summary>A bound on the raw (logarithmic) hyper-parameters.</summary>
    private static double[] Bounds(
        int dims, double inverseSquaredLengthscale, double scale, double noise) =>
    [
        .. Enumerable.Repeat(Math.Log(inverseSquaredLengthscale), dims),
        Math.Log(scale),
        Math.Log(noise),
    ];
}
