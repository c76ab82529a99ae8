namespace DotnetTune.Strategies.Tpe;

/// <summary>
/// One dimension of a Parzen mixture: every kernel's component along this dimension.
/// Values are encoded: a unit position for numbers, a choice index for categories.
/// </summary>
internal interface IKernelAxis
{
    /// <summary>Draws a value from the kernel's component.</summary>
    double Sample(int kernel, Random random);

    /// <summary>Adds each kernel's log density (log mass if discrete) at a value.</summary>
    void AddLogLikelihoods(double value, double[] sums);
}
