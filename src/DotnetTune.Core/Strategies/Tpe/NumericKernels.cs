namespace DotnetTune.Strategies.Tpe;

/// <summary>
/// Gaussian kernels truncated to [0, 1], one per observation plus a broad prior kernel centred
/// at 0.5. Discrete parameters are scored by the mass of their grid point's bin.
/// </summary>
internal sealed class NumericKernels : IKernelAxis
{
    private const double LogSqrt2Pi = 0.91893853320467274;

    private readonly NumericCodec _codec;
    private readonly double[] _means;
    private readonly double[] _sigmas;
    private readonly double[] _inverseSigmas;
    private readonly double[] _logMasses;
    private readonly double[] _densityOffsets;

    private NumericKernels(NumericCodec codec, double[] means, double[] sigmas)
    {
        _codec = codec;
        _means = means;
        _sigmas = sigmas;
        _inverseSigmas = sigmas.Select(s => 1 / s).ToArray();
        _logMasses = new double[means.Length];
        _densityOffsets = new double[means.Length];
        for (var k = 0; k < means.Length; k++)
        {
            _logMasses[k] = Gaussian.LogMass(-means[k] / sigmas[k], (1 - means[k]) / sigmas[k]);
            _densityOffsets[k] = LogSqrt2Pi + Math.Log(sigmas[k]) + _logMasses[k];
        }
    }

    /// <param name="codec">The parameter's unit mapping.</param>
    /// <param name="observations">Unit positions of the observed values.</param>
    /// <param name="rule">How wide the kernels are.</param>
    public static NumericKernels Build(
        NumericCodec codec, IReadOnlyList<double> observations, BandwidthRule rule)
    {
        var count = observations.Count;
        var minimum = rule.Minimum(count);
        var sigmas = rule.Common is { } common
            ? Enumerable.Repeat(common(count), count).ToArray()
            : NeighbourGaps(observations);
        var means = new double[count + 1];
        var clipped = new double[count + 1];
        for (var i = 0; i < count; i++)
        {
            // A kernel much narrower than its grid bin would never leave its own grid point.
            var floor = codec.IsDiscrete
                ? Math.Max(minimum, BandwidthRule.DiscreteFloor * BinWidth(codec, observations[i]))
                : minimum;
            means[i] = observations[i];
            clipped[i] = Math.Clamp(sigmas[i], floor, 1.0);
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
                var z = (value - _means[k]) * _inverseSigmas[k];
                sums[k] -= 0.5 * z * z + _densityOffsets[k];
            }

            return;
        }

        var (low, high) = _codec.Bin(value);
        for (var k = 0; k < _means.Length; k++)
        {
            var inverse = _inverseSigmas[k];
            var logMass = Gaussian.LogMass(
                (low - _means[k]) * inverse, (high - _means[k]) * inverse);
            sums[k] += logMass - _logMasses[k];
        }
    }

    private static double BinWidth(NumericCodec codec, double unit)
    {
        var (low, high) = codec.Bin(unit);
        return high - low;
    }

    /// <summary>
    /// Each observation's bandwidth is the larger gap to its neighbours, the prior's centre
    /// counting as one; the outermost points take the gap to their only neighbour.
    /// </summary>
    private static double[] NeighbourGaps(IReadOnlyList<double> observations)
    {
        var count = observations.Count;
        var positions = observations.Append(0.5).ToArray();
        var owners = Enumerable.Range(0, count + 1).ToArray();
        Array.Sort(positions, owners);
        var gaps = new double[count];
        for (var i = 0; i < positions.Length; i++)
        {
            if (owners[i] == count)
            {
                continue;
            }

            var left = i == 0 ? double.NaN : positions[i] - positions[i - 1];
            var right = i == positions.Length - 1 ? double.NaN : positions[i + 1] - positions[i];
            gaps[owners[i]] = double.IsNaN(left) ? right
                : double.IsNaN(right) ? left
                : Math.Max(left, right);
        }

        return gaps;
    }
}
