namespace DotnetTune.Strategies.Gp;

/// <summary>An encoded point and its acquisition value (log expected improvement).</summary>
internal sealed record ScoredPoint(double[] Point, double Score);
