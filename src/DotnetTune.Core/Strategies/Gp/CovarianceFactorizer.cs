using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace DotnetTune.Strategies.Gp;

/// <summary>Builds the covariance matrix of training points and factorizes it.</summary>
internal static class CovarianceFactorizer
{
    /// <summary>
    /// Cholesky factor of K + noise I; when rounding makes it fail, retries with more jitter.
    /// </summary>
    public static Cholesky<double> Factorize(
        double[][] points, bool[] isCategorical, KernelParameters parameters)
    {
        var jitter = 0.0;
        for (var attempt = 0; ; attempt++)
        {
            var covariance = Build(points, isCategorical, parameters, parameters.Noise + jitter);
            try
            {
                return covariance.Cholesky();
            }
            catch (ArgumentException) when (attempt < 6)
            {
                jitter = jitter == 0 ? 1e-8 * parameters.Scale : jitter * 10;
            }
        }
    }

    public static Matrix<double> Build(
        double[][] points, bool[] isCategorical, KernelParameters parameters, double noise)
    {
        var n = points.Length;
        var values = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            values[i * n + i] = parameters.Scale + noise;
            for (var j = 0; j < i; j++)
            {
                var r2 = parameters.SquaredDistance(points[i], points[j], isCategorical);
                var k = parameters.Scale * Matern52.Value(r2);
                values[i * n + j] = k;
                values[j * n + i] = k;
            }
        }

        return Matrix<double>.Build.DenseOfColumnMajor(n, n, values);
    }
}
