using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace DotnetTune.Strategies.Gp;

/// <summary>
/// Runs MathNet's bounded BFGS and returns the best point it evaluated. MathNet throws when it
/// runs out of iterations or its line search gives up; the best point so far is still a good
/// answer for our purposes, so those exceptions end the search rather than fail it.
/// </summary>
internal static class BoundedMinimizer
{
    public static (double[] Point, double Value) Minimize(
        Func<double[], double[], double> valueAndGradient,
        double[] lower,
        double[] upper,
        double[] start,
        int maxIterations,
        double gradientTolerance)
    {
        var bestPoint = (double[])start.Clone();
        var bestValue = double.PositiveInfinity;
        var objective = ObjectiveFunction.Gradient(vector =>
        {
            var point = vector.ToArray();
            var gradient = new double[point.Length];
            var value = valueAndGradient(point, gradient);
            if (!double.IsFinite(value) || gradient.Any(g => !double.IsFinite(g)))
            {
                return (1e300, Vector<double>.Build.Dense(point.Length));
            }

            if (value < bestValue)
            {
                bestValue = value;
                bestPoint = point;
            }

            return (value, Vector<double>.Build.DenseOfArray(gradient));
        });
        var minimizer = new BfgsBMinimizer(gradientTolerance, 1e-9, 1e-12, maxIterations);
        var inside = start.Select((x, i) => Math.Clamp(x, lower[i], upper[i])).ToArray();
        try
        {
            minimizer.FindMinimum(
                objective,
                Vector<double>.Build.DenseOfArray(lower),
                Vector<double>.Build.DenseOfArray(upper),
                Vector<double>.Build.DenseOfArray(inside));
        }
        catch (Exception e) when (e is OptimizationException or ArgumentException)
        {
            // The best point evaluated so far stands.
        }

        return (bestPoint, bestValue);
    }
}
