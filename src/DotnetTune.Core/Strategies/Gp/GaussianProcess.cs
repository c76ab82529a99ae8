using MathNet.Numerics.LinearAlgebra;

namespace DotnetTune.Strategies.Gp;

/// <summary>
/// A Gaussian-process posterior over standardised losses with fixed kernel hyper-parameters.
/// Predicts the mean and the variance of the latent function (noise not included).
/// </summary>
internal sealed class GaussianProcess
{
    private readonly double[][] _points;
    private readonly bool[] _isCategorical;
    private readonly double[] _alpha;
    private readonly Matrix<double> _inverse;
    private readonly double[] _inverseValues;

    public GaussianProcess(
        double[][] points, double[] values, bool[] isCategorical, KernelParameters parameters)
    {
        _points = points;
        _isCategorical = isCategorical;
        Parameters = parameters;
        var cholesky = CovarianceFactorizer.Factorize(points, isCategorical, parameters);
        _alpha = cholesky.Solve(Vector<double>.Build.DenseOfArray(values)).ToArray();
        _inverse = cholesky.Solve(Matrix<double>.Build.DenseIdentity(points.Length));
        _inverseValues = _inverse.AsColumnMajorArray() ?? _inverse.ToColumnMajorArray();
    }

    public KernelParameters Parameters { get; }

    public int Count => _points.Length;

    public (double Mean, double Variance) Predict(double[] point) => Predict(point, null, null);

    /// <summary>Mean and variance, and their gradients along non-categorical coordinates.</summary>
    public (double Mean, double Variance) Predict(
        double[] point, double[]? meanGradient, double[]? varianceGradient)
    {
        var n = _points.Length;
        var k = new double[n];
        var slope = new double[n];
        var mean = 0.0;
        for (var j = 0; j < n; j++)
        {
            var r2 = Parameters.SquaredDistance(point, _points[j], _isCategorical);
            k[j] = Parameters.Scale * Matern52.Value(r2);
            slope[j] = Parameters.Scale * Matern52.DerivativeBySquaredDistance(r2);
            mean += k[j] * _alpha[j];
        }

        var v = InverseTimes(k);
        var variance = Parameters.Scale;
        for (var j = 0; j < n; j++)
        {
            variance -= k[j] * v[j];
        }

        if (meanGradient is not null && varianceGradient is not null)
        {
            FillGradients(point, slope, v, meanGradient, varianceGradient);
        }

        return (mean, Math.Max(variance, 0));
    }

    /// <summary>Means and variances of many points at once.</summary>
    public (double[] Means, double[] Variances) PredictMany(IReadOnlyList<double[]> points)
    {
        var m = points.Count;
        var n = _points.Length;
        var cross = Matrix<double>.Build.Dense(m, n, (i, j) => Covariance(points[i], _points[j]));
        var means = (cross * Vector<double>.Build.DenseOfArray(_alpha)).ToArray();
        var projected = cross * _inverse;
        var variances = new double[m];
        for (var i = 0; i < m; i++)
        {
            var reduction = 0.0;
            for (var j = 0; j < n; j++)
            {
                reduction += projected[i, j] * cross[i, j];
            }

            variances[i] = Math.Max(Parameters.Scale - reduction, 0);
        }

        return (means, variances);
    }

    private double[] InverseTimes(double[] k)
    {
        var n = k.Length;
        var result = new double[n];
        for (var column = 0; column < n; column++)
        {
            var weight = k[column];
            var offset = column * n;
            for (var row = 0; row < n; row++)
            {
                result[row] += _inverseValues[offset + row] * weight;
            }
        }

        return result;
    }

    private double Covariance(double[] x, double[] y) =>
        Parameters.Scale * Matern52.Value(Parameters.SquaredDistance(x, y, _isCategorical));

    private void FillGradients(
        double[] point,
        double[] slope,
        double[] v,
        double[] meanGradient,
        double[] varianceGradient)
    {
        for (var d = 0; d < point.Length; d++)
        {
            meanGradient[d] = 0;
            varianceGradient[d] = 0;
            if (_isCategorical[d])
            {
                continue;
            }

            var factor = 2 * Parameters.InverseSquaredLengthscales[d];
            for (var j = 0; j < _points.Length; j++)
            {
                var dk = slope[j] * factor * (point[d] - _points[j][d]);
                meanGradient[d] += _alpha[j] * dk;
                varianceGradient[d] -= 2 * v[j] * dk;
            }
        }
    }
}
