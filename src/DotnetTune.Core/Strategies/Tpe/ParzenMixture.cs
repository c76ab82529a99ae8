namespace DotnetTune.Strategies.Tpe;

/// <summary>
/// A weighted mixture of product kernels over one or more axes; the last kernel is the prior.
/// </summary>
internal sealed class ParzenMixture
{
    private readonly double[] _logWeights;
    private readonly double[] _cumulative;
    private readonly IReadOnlyList<IKernelAxis> _axes;
    private readonly double[] _sums;

    /// <param name="weights">One weight per observation kernel; the prior's is appended.</param>
    public ParzenMixture(
        IReadOnlyList<double> weights, double priorWeight, IReadOnlyList<IKernelAxis> axes)
    {
        var all = weights.Append(priorWeight).ToArray();
        var total = all.Sum();
        _logWeights = all.Select(w => Math.Log(w / total)).ToArray();
        _cumulative = new double[all.Length];
        var running = 0.0;
        for (var k = 0; k < all.Length; k++)
        {
            running += all[k] / total;
            _cumulative[k] = running;
        }

        _axes = axes;
        _sums = new double[all.Length];
    }

    public double[] Sample(Random random)
    {
        var kernel = Array.BinarySearch(_cumulative, random.NextDouble());
        kernel = Math.Min(kernel < 0 ? ~kernel : kernel, _cumulative.Length - 1);
        return _axes.Select(axis => axis.Sample(kernel, random)).ToArray();
    }

    public double LogDensity(double[] point)
    {
        var sums = _sums;
        Array.Copy(_logWeights, sums, sums.Length);
        for (var d = 0; d < _axes.Count; d++)
        {
            _axes[d].AddLogLikelihoods(point[d], sums);
        }

        var max = sums.Max();
        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        // Kernels more than e^-40 below the largest change nothing and would only cost time.
        var total = 0.0;
        foreach (var sum in sums)
        {
            var gap = sum - max;
            if (gap > -40)
            {
                total += Math.Exp(gap);
            }
        }

        return max + Math.Log(total);
    }
}
