namespace DotnetTune.Strategies.Tpe;

/// <summary>How wide the numeric kernels of one density are.</summary>
/// <param name="Common">One bandwidth for every kernel, or null for each kernel's neighbour gaps.</param>
/// <param name="Factor">Scales every bandwidth.</param>
/// <param name="ClipTrials">Trials counted for the smallest bandwidth, or null for the kernels.</param>
/// <param name="Endpoints">Whether the ends of the range count as neighbours of the outer kernels.</param>
internal sealed record BandwidthRule(double? Common, double Factor, int? ClipTrials, bool Endpoints, bool PriorInGaps = true, double DiscreteFloor = 0.5)
{
    public double Minimum(int observations) => 1.0 / Math.Min(100.0, (ClipTrials ?? observations) + 2);
}
