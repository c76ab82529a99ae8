namespace DotnetTune.Strategies.Tpe;

/// <summary>
/// Gaussian kernels truncated to [0, 1], one per observation plus a broad prior kernel centred
/// at 0.5. Discrete parameters are scored by the mass of their grid point's bin.
/// </summary>
internal sealed class NumericKernels : IKernelAxis
{
    private readonly NumericCodec _codec;
    private readonly double[] _means;
    private readonly double[] _sigmas;
    private readonly double[] _logNormalizers;

    private NumericKernels(NumericCodec codec, double[] means, double[] sigmas)
    {
        _codec = codec;
        _means = means;
        _sigmas = sigmas;
        _logNormalizers = new double[means.Length];
        for (var k = 0; k < means.Length; k++)
        {
            var mass = Gaussian.Mass(-means[k] / sigmas[k], (1 - means[k]) / sigmas[k]);
            _logNormalizers[k] = Math.Log(mass) + Math.Log(sigmas[k]);
        }
    }

    /// <param name="codec">The parameter's unit mapping.</param>
    /// <param name="observations">Unit positions of the observed values.</param>
    /// <param name="rule">How wide the kernels are.</param>
    public static NumericKernels Build(NumericCodec codec, IReadOnlyList<double> observations, BandwidthRule rule)
    {
        var count = observations.Count;
        var minimum = rule.Minimum(count);
        var sigmas = rule.Common is { } sigma
            ? Enumerable.Repeat(sigma, count).ToArray()
            : NeighbourGaps(observations, rule.Endpoints, rule.PriorInGaps);
        var means = new double[count + 1];
        var clipped = new double[count + 1];
        for (var i = 0; i < count; i++)
        {
            means[i] = observations[i];
            // A kernel narrower than its grid bin would never leave its own grid point.
            var floor = codec.IsDiscrete ? Math.Max(minimum, rule.DiscreteFloor * BinWidth(codec, observations[i])) : minimum;
            clipped[i] = Math.Clamp(sigmas[i] * rule.Factor, floor, 1.0);
        }

        means[count] = 0.5;
        clipped[count] = 1.0;
        return new NumericKernels(codec, means, clipped);
    }

    public double Sample(int kernel, Random random)
    {
        var mean = _means[kernel];
        var sigma = _sigmas[kernel];
        var z = Gaussian.SampleTruncated(random, -mean / sigma, (1 - mean) / sigma);
        return _codec.Snap(mean + sigma * z);
    }

    public void AddLogLikelihoods(double value, double[] sums)
    {
        if (!_codec.IsDiscrete)
        {
            for (var k = 0; k < _means.Length; k++)
            {
                sums[k] += Gaussian.LogPdf((value - _means[k]) / _sigmas[k]) - _logNormalizers[k];
            }

            return;
        }

        var (low, high) = _codec.Bin(value);
        for (var k = 0; k < _means.Length; k++)
        {
            var mass = Gaussian.Mass((low - _means[k]) / _sigmas[k], (high - _means[k]) / _sigmas[k]);
            sums[k] += Math.Log(mass) + Math.Log(_sigmas[k]) - _logNormalizers[k];
        }
    }

    private static double BinWidth(NumericCodec codec, double unit)
    {
        var (low, high) = codec.Bin(unit);
        return high - low;
    }

    /// <summary>
    /// Each observation's bandwidth is the larger gap to its neighbours, the prior's centre and
    /// the ends of the range counting as neighbours.
    /// </summary>
    private static double[] NeighbourGaps(IReadOnlyList<double> observations, bool endpoints, bool prior)
    {
        var points = observations.Select((value, index) => (value, index)).Concat(prior ? [(0.5, -1)] : [])
            .OrderBy(p => p.Item1).ThenBy(p => p.Item2).ToList();
        var gaps = new double[observations.Count];
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Item2 < 0)
            {
                continue;
            }

            var left = i == 0 ? 0.0 : points[i - 1].Item1;
            var right = i == points.Count - 1 ? 1.0 : points[i + 1].Item1;
            var leftGap = points[i].Item1 - left;
            var rightGap = right - points[i].Item1;
            if (!endpoints && points.Count >= 2 && (i == 0 || i == points.Count - 1))
            {
                gaps[points[i].Item2] = i == 0 ? rightGap : leftGap;
                continue;
            }

            gaps[points[i].Item2] = Math.Max(leftGap, rightGap);
        }

        return gaps;
    }
}
