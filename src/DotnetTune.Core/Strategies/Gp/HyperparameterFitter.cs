using MathNet.Numerics.LinearAlgebra;

namespace DotnetTune.Strategies.Gp;

/// <summary>
/// Fits the kernel's hyper-parameters by maximising the log marginal likelihood plus weak priors
/// (the priors keep lengthscales, scale and noise sensible with few points), over their
/// logarithms, with bounded BFGS from two fixed starting points.
/// </summary>
internal static class HyperparameterFitter
{
    /// <summary>Noise floor on the standardised scale; it also keeps K well conditioned.</summary>
    public const double MinimumNoise = 1e-6;

    private const double LogTwoPi = 1.8378770664093453;

    internal static int StartSkip = 0;
    internal static int StartTake = 1;
    internal static int MaxIterations = 60;
    internal static double GradTol = 1e-3;
    internal static double MinIsl = 1e-4;
    internal static double PriorLong = 0.1;

    public static KernelParameters Fit(double[][] points, double[] values, bool[] isCategorical)
    {
        var dims = isCategorical.Length;
        var differences = SquaredDifferences(points, isCategorical);
        var lower = isCategorical.Select(c => Math.Log(c ? 1e-4 : MinIsl)).Append(Math.Log(1e-3)).Append(Math.Log(1e-9)).ToArray();
        var upper = Enumerable.Repeat(Math.Log(1e4), dims).Append(Math.Log(1e3)).Append(Math.Log(10)).ToArray();
        double[][] starts =
        [
            [.. Enumerable.Repeat(0.0, dims), 0.0, 0.0],
            [.. Enumerable.Repeat(Math.Log(10), dims), 0.0, Math.Log(1e-4)],
        ];

        double[]? best = null;
        var bestLoss = double.PositiveInfinity;
        foreach (var start in starts.Skip(StartSkip).Take(StartTake))
        {
            var (point, loss) = BoundedMinimizer.Minimize(
                (raw, gradient) => Loss(raw, gradient, differences, values),
                lower, upper, start, maxIterations: MaxIterations, gradientTolerance: GradTol);
            if (loss < bestLoss)
            {
                best = point;
                bestLoss = loss;
            }
        }

        return ToParameters(best ?? starts[0]);
    }

    private static KernelParameters ToParameters(double[] raw)
    {
        var dims = raw.Length - 2;
        var inverse = raw.Take(dims).Select(Math.Exp).ToArray();
        return new KernelParameters(inverse, Math.Exp(raw[dims]), Math.Exp(raw[dims + 1]) + MinimumNoise);
    }

    /// <summary>Negative log marginal likelihood minus log prior, and its gradient.</summary>
    private static double Loss(double[] raw, double[] gradient, double[][] differences, double[] values)
    {
        var n = values.Length;
        var dims = differences.Length;
        var parameters = ToParameters(raw);
        var r2 = new double[n * n];
        for (var d = 0; d < dims; d++)
        {
            var weight = parameters.InverseSquaredLengthscales[d];
            var column = differences[d];
            for (var i = 0; i < r2.Length; i++)
            {
                r2[i] += weight * column[i];
            }
        }

        var correlation = new double[n * n];
        var covariance = new double[n * n];
        for (var i = 0; i < r2.Length; i++)
        {
            correlation[i] = Matern52.Value(r2[i]);
            covariance[i] = parameters.Scale * correlation[i];
        }

        for (var i = 0; i < n; i++)
        {
            covariance[i * n + i] += parameters.Noise;
        }

        var matrix = Matrix<double>.Build.DenseOfColumnMajor(n, n, covariance);
        MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double> cholesky;
        try
        {
            cholesky = matrix.Cholesky();
        }
        catch (ArgumentException)
        {
            return double.PositiveInfinity;
        }

        var alpha = cholesky.Solve(Vector<double>.Build.DenseOfArray(values)).ToArray();
        var inverse = cholesky.Solve(Matrix<double>.Build.DenseIdentity(n)).ToColumnMajorArray();
        var fit = 0.0;
        for (var i = 0; i < n; i++)
        {
            fit += values[i] * alpha[i];
        }

        var logLikelihood = -0.5 * fit - 0.5 * cholesky.DeterminantLn - 0.5 * n * LogTwoPi;
        FillGradient(parameters, raw, gradient, differences, r2, correlation, alpha, inverse);
        return -(logLikelihood + LogPrior(parameters, raw, gradient));
    }

    /// <summary>Gradient of the negative log likelihood (the prior adds its part later).</summary>
    private static void FillGradient(
        KernelParameters parameters, double[] raw, double[] gradient, double[][] differences,
        double[] r2, double[] correlation, double[] alpha, double[] inverse)
    {
        var n = alpha.Length;
        var dims = differences.Length;
        Array.Clear(gradient);
        var scaleSum = 0.0;
        var trace = 0.0;
        var slopes = new double[r2.Length];
        var weights = new double[r2.Length];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < n; i++)
            {
                var index = j * n + i;
                var w = alpha[i] * alpha[j] - inverse[index];
                weights[index] = w;
                scaleSum += w * correlation[index];
                slopes[index] = Matern52.DerivativeBySquaredDistance(r2[index]);
            }

            trace += weights[j * n + j];
        }

        for (var d = 0; d < dims; d++)
        {
            var sum = 0.0;
            var column = differences[d];
            for (var index = 0; index < r2.Length; index++)
            {
                sum += weights[index] * slopes[index] * column[index];
            }

            gradient[d] = -0.5 * sum * parameters.Scale * parameters.InverseSquaredLengthscales[d];
        }

        gradient[dims] = -0.5 * scaleSum * parameters.Scale;
        gradient[dims + 1] = -0.5 * trace * Math.Exp(raw[dims + 1]);
    }

    /// <summary>
    /// Log prior: inverse squared lengthscales pulled towards 1 (a lengthscale of the order of the
    /// range), scale ~ Gamma(2, 1), noise ~ Gamma(1.1, 30). Subtracts its gradient from the loss gradient.
    /// </summary>
    private static double LogPrior(KernelParameters parameters, double[] raw, double[] gradient)
    {
        var dims = parameters.InverseSquaredLengthscales.Length;
        var logPrior = 0.0;
        for (var d = 0; d < dims; d++)
        {
            var inverse = parameters.InverseSquaredLengthscales[d];
            logPrior -= PriorLong / inverse + 0.1 * inverse;
            gradient[d] -= PriorLong / inverse - 0.1 * inverse;
        }

        var scale = parameters.Scale;
        logPrior += Math.Log(scale) - scale;
        gradient[dims] -= 1 - scale;
        var noise = parameters.Noise;
        var rawNoise = Math.Exp(raw[dims + 1]);
        logPrior += 0.1 * Math.Log(noise) - 30 * noise;
        gradient[dims + 1] -= (0.1 / noise - 30) * rawNoise;
        return logPrior;
    }

    /// <summary>Per coordinate, the n x n matrix of squared distances (0/1 for categories).</summary>
    private static double[][] SquaredDifferences(double[][] points, bool[] isCategorical)
    {
        var n = points.Length;
        var result = new double[isCategorical.Length][];
        for (var d = 0; d < isCategorical.Length; d++)
        {
            var column = new double[n * n];
            for (var j = 0; j < n; j++)
            {
                for (var i = 0; i < n; i++)
                {
                    var difference = points[i][d] - points[j][d];
                    column[j * n + i] = isCategorical[d]
                        ? (difference == 0 ? 0 : 1)
                        : difference * difference;
                }
            }

            result[d] = column;
        }

        return result;
    }
}
