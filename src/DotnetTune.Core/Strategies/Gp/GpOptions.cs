namespace DotnetTune.Strategies.Gp;

/// <summary>Settings of the Gaussian-process strategy.</summary>
/// <param name="StartupTrials">Completed trials drawn at random before the model is used.</param>
/// <param name="Candidates">Quasi-random points on which the acquisition is first evaluated.</param>
/// <param name="LocalSearches">How many of them (and the best trial) are refined by local search.</param>
/// <param name="MaxModelTrials">
/// Most completed trials the model is fitted to; past it, the best half and an even spread of the
/// rest are used, so that a suggestion stays fast with a long history.
/// </param>
public sealed record GpOptions(
    int StartupTrials = 10,
    int Candidates = 2048,
    int LocalSearches = 6,
    int MaxModelTrials = 100,
    int MaxFitTrials = 50);
