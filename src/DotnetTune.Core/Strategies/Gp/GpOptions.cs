namespace DotnetTune.Strategies.Gp;

/// <summary>Settings of the Gaussian-process strategy.</summary>
/// <param name="StartupTrials">
/// Completed trials needed before the model is used; until then trials follow a space-filling
/// (shifted Halton) design.
/// </param>
/// <param name="Candidates">Quasi-random points on which the acquisition is first scored.</param>
/// <param name="LocalSearches">How many points (the best trial among them) are refined.</param>
/// <param name="MaxModelTrials">
/// Most completed trials the model conditions on; past it, the best half and a random draw of
/// the rest, so that a suggestion stays fast with a long history.
/// </param>
/// <param name="MaxFitTrials">Most of those the hyper-parameters are fitted on, alike.</param>
public sealed record GpOptions(
    int StartupTrials = 10,
    int Candidates = 2048,
    int LocalSearches = 10,
    int MaxModelTrials = 100,
    int MaxFitTrials = 50);
