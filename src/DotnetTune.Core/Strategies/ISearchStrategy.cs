using DotnetTune.Space;

namespace DotnetTune.Strategies;

/// <summary>
/// Proposes the next configuration to try. A strategy keeps no hidden state: everything it
/// needs comes from the history and the seed, so a resumed study proposes what an uninterrupted
/// one would have.
/// </summary>
public interface ISearchStrategy
{
    /// <summary>The next configuration, or null when the space has nothing left to propose.</summary>
    Configuration? Suggest(SuggestContext context);
}

/// <param name="Space">The search space.</param>
/// <param name="TrialNumber">0-based number of the trial being proposed.</param>
/// <param name="History">Earlier trials in order, pending ones included (Loss null).</param>
/// <param name="Seed">The study's seed.</param>
public sealed record SuggestContext(SearchSpace Space, int TrialNumber, IReadOnlyList<Observation> History, long Seed)
{
    /// <summary>A random source for this trial alone, the same on every run with the same seed.</summary>
    public Random RandomFor(string purpose = "") => new(SeedMixer.Mix(Seed, TrialNumber, purpose));
}

public enum ObservationState
{
    Completed,
    Pending,
    Failed,
    Pruned,
}

/// <summary>One earlier trial as a strategy sees it. Loss is the objective turned so lower is better.</summary>
public sealed record Observation(int Number, Configuration Configuration, ObservationState State, double? Loss);
