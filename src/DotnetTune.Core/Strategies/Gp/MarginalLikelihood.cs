using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace DotnetTune.Strategies.Gp;

/// <summary>
/// The log marginal likelihood of standardised losses under the Matérn kernel, plus log priors,
/// as a function of the raw hyper-parameters [log inverse squared lengthscales..., log scale,
/// log(noise - minimum)], with its gradient.
/// </summary>
internal sealed class MarginalLikelihood
{
    /// <summary>Noise floor on the standardised scale; it also keeps K well conditioned.</summary>
    public const double MinimumNoise = 1e-6;

    /// <summary>
    /// Weight of the prior's penalty on long lengthscales, -w / (inverse squared lengthscale).
    /// Optuna uses 0.1; 0.5 keeps a coordinate that looks flat from being ignored too early
    /// (on the Hartmann benchmark it made the GP find the global basin more often).
    /// </summary>
    private const double LongLengthscalePenalty = 0.5;

    private const double ShortLengthscalePenalty = 0.1;
    private const double LogTwoPi = 1.8378770664093453;

    private readonly double[] _values;
    private readonly double[][] _differences;
    private readonly int _n;

    public MarginalLikelihood(double[][] points, double[] values, bool[] isCategorical)
    {
        _values = values;
        _n = values.Length;
        _differences = SquaredDifferences(points, isCategorical);
    }

    public static KernelParameters ToParameters(double[] raw)
    {
        var dims = raw.Length - 2;
        var inverse = raw.Take(dims).Select(Math.Exp).ToArray();
        var noise = Math.Exp(raw[dims + 1]) + MinimumNoise;
        return new KernelParameters(inverse, Math.Exp(raw[dims]), noise);
    }

    /// <summary>The loss to minimise: -(log likelihood + log prior); fills its gradient.</summary>
    public double NegativeLogPosterior(double[] raw, double[] gradient)
    {
        var parameters = ToParameters(raw);
        var r2 = ScaledSquaredDistances(parameters);
        var correlation = r2.Select(Matern52.Value).ToArray();
        var covariance = correlation.Select(c => parameters.Scale * c).ToArray();
        for (var i = 0; i < _n; i++)
        {
            covariance[i * _n + i] += parameters.Noise;
        }

        Cholesky<double> cholesky;
        try
        {
            cholesky = Matrix<double>.Build.DenseOfColumnMajor(_n, _n, covariance).Cholesky();
        }
        catch (ArgumentException)
        {
            return double.PositiveInfinity;
        }

        var alpha = cholesky.Solve(Vector<double>.Build.DenseOfArray(_values)).ToArray();
        var inverse = cholesky.Solve(Matrix<double>.Build.DenseIdentity(_n)).ToColumnMajorArray();
        var fit = _values.Zip(alpha).Sum(p => p.First * p.Second);
        var logLikelihood = -0.5 * fit - 0.5 * cholesky.DeterminantLn - 0.5 * _n * LogTwoPi;
        FillGradient(parameters, raw, gradient, r2, correlation, alpha, inverse);
        return -(logLikelihood + AddLogPrior(parameters, raw, gradient));
    }

    private double[] ScaledSquaredDistances(KernelParameters parameters)
    {
        var r2 = new double[_n * _n];
        for (var d = 0; d < _differences.Length; d++)
        {
            var weight = parameters.InverseSquaredLengthscales[d];
            var column = _differences[d];
            for (var i = 0; i < r2.Length; i++)
            {
                r2[i] += weight * column[i];
            }
        }

        return r2;
    }

    /// <summary>
    /// Gradient of the negative log likelihood: -1/2 tr((alpha alpha' - K^-1) dK/dtheta).
    /// </summary>
    private void FillGradient(
        KernelParameters parameters, double[] raw, double[] gradient,
        double[] r2, double[] correlation, double[] alpha, double[] inverse)
    {
        var dims = _differences.Length;
        var weights = new double[r2.Length];
        var slopes = new double[r2.Length];
        var scaleSum = 0.0;
        var trace = 0.0;
        for (var j = 0; j < _n; j++)
        {
            for (var i = 0; i < _n; i++)
            {
                var index = j * _n + i;
                weights[index] = alpha[i] * alpha[j] - inverse[index];
                scaleSum += weights[index] * correlation[index];
                slopes[index] = weights[index] * Matern52.DerivativeBySquaredDistance(r2[index]);
            }

            trace += weights[j * _n + j];
        }

        for (var d = 0; d < dims; d++)
        {
            var column = _differences[d];
            var sum = 0.0;
            for (var index = 0; index < r2.Length; index++)
            {
                sum += slopes[index] * column[index];
            }

            gradient[d] = -0.5 * sum * parameters.Scale * parameters.InverseSquaredLengthscales[d];
        }

        gradient[dims] = -0.5 * scaleSum * parameters.Scale;
        gradient[dims + 1] = -0.5 * trace * Math.Exp(raw[dims + 1]);
    }

    /// <summary>
    /// Log prior (Optuna's shapes): each inverse squared lengthscale pulled towards the order of
    /// the range, scale ~ Gamma(2, 1), noise ~ Gamma(1.1, 30). Takes its gradient off the loss's.
    /// </summary>
    private static double AddLogPrior(KernelParameters parameters, double[] raw, double[] gradient)
    {
        var dims = parameters.InverseSquaredLengthscales.Length;
        var logPrior = 0.0;
        for (var d = 0; d < dims; d++)
        {
            var inverse = parameters.InverseSquaredLengthscales[d];
            logPrior -= LongLengthscalePenalty / inverse + ShortLengthscalePenalty * inverse;
            gradient[d] -= LongLengthscalePenalty / inverse - ShortLengthscalePenalty * inverse;
        }

        var scale = parameters.Scale;
        logPrior += Math.Log(scale) - scale;
        gradient[dims] -= 1 - scale;
        var noise = parameters.Noise;
        logPrior += 0.1 * Math.Log(noise) - 30 * noise;
        gradient[dims + 1] -= (0.1 / noise - 30) * Math.Exp(raw[dims + 1]);
        return logPrior;
    }

    /// <summary>Per coordinate, the n x n squared distances (0 or 1 for categories).</summary>
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
                    var categorySquare = difference == 0 ? 0 : 1;
                    column[j * n + i] = isCategorical[d] ? categorySquare : difference * difference;
                }
            }

            result[d] = column;
        }

        return result;
    }
}
