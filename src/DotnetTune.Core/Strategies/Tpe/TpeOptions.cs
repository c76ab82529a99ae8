namespace DotnetTune.Strategies.Tpe;

/// <summary>Settings of the tree-structured Parzen estimator.</summary>
/// <param name="StartupTrials">Completed trials drawn at random before the model is used.</param>
/// <param name="Multivariate">Model the unconditional parameters jointly, not one by one.</param>
/// <param name="Candidates">Draws from the good density l(x) among which the best l/g wins.</param>
/// <param name="PriorWeight">Weight of the broad prior kernel in both densities.</param>
/// <param name="GoodFraction">Share of the completed trials that counts as good...</param>
/// <param name="MaxGoodTrials">...up to this many.</param>
public sealed record TpeOptions(
    int StartupTrials = 10,
    bool Multivariate = false,
    int Candidates = 24,
    double PriorWeight = 1.0,
    double GoodFraction = 0.1,
    int MaxGoodTrials = 25)
{
    /// <summary>How many of <paramref name="completed"/> trials are good (at least 1).</summary>
    public int GoodCount(int completed) =>
        Math.Clamp((int)Math.Ceiling(GoodFraction * completed), 1, Math.Max(1, MaxGoodTrials));
}
