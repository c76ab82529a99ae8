using DotnetTune.Space;

namespace DotnetTune.Strategies.CoarseToFine;

/// <summary>
/// The part of the space one round of coarse-to-fine search samples from.
/// </summary>
/// <param name="Round">0-based round number.</param>
/// <param name="FirstTrial">Number of the round's first trial.</param>
/// <param name="PlannedTrials">How many trials the budget gives the round.</param>
/// <param name="BasedOn">How many finished, completed trials the region was computed from.</param>
/// <param name="Kept">How many of those (the best) the region was fitted around.</param>
/// <param name="Space">
/// The narrowed space: each float and int parameter with its round's bounds, each categorical
/// parameter with the values still in play; conditions and fixed values as declared.
/// </param>
public sealed record RoundRegion(
    int Round, int FirstTrial, int PlannedTrials, int BasedOn, int Kept, SearchSpace Space)
{
    public IReadOnlyList<Parameter> Parameters => Space.Parameters;
}
