namespace DotnetTune.Strategies.Tpe;

/// <summary>How wide the numeric kernels of a density are, in the unit range.</summary>
/// <param name="Common">
/// One bandwidth for all kernels given their number (joint kernels), or null for each kernel's
/// gaps to its neighbours (one parameter at a time, as the classic TPE does).
/// </param>
/// <param name="ClipTrials">
/// The trial count the narrowest bandwidth is based on: all trials for joint kernels, or null
/// for the density's own kernels.
/// </param>
internal sealed record BandwidthRule(Func<int, double>? Common, int? ClipTrials)
{
    /// <summary>
    /// Scale of the joint bandwidth, 0.03 n^(-1/(d+4)): Scott's rule at 0.15 of the classic
    /// 0.2 constant; tuned on the strategy benchmark (wider kernels explore too long).
    /// </summary>
    public const double JointScale = 0.03;

    /// <summary>No kernel of a discrete parameter is narrower than this share of its bin.</summary>
    public const double DiscreteFloor = 0.5;

    public static BandwidthRule Univariate { get; } = new(null, null);

    public static BandwidthRule Joint(int dimensions, int allTrials) =>
        new(n => JointScale * Math.Pow(Math.Max(n, 1), -1.0 / (dimensions + 4)), allTrials);

    /// <summary>The narrowest bandwidth for a density of that many observations.</summary>
    public double Minimum(int observations) =>
        1.0 / Math.Min(100.0, (ClipTrials ?? observations) + 2);
}
