using DotnetTune.Space;

namespace DotnetTune.Strategies;

/// <summary>
/// Keeps a strategy from proposing a configuration that is already in the history (in any
/// state), and answers null once every configuration of a finite space has been tried.
/// </summary>
/// <remarks>
/// A repeat is replaced by asking the inner strategy again under derived seeds, then by
/// uniform draws, and for a finite space by a uniform pick among the untried grid points.
/// In a space with continuous parameters a repeat that survives all that is returned as is:
/// it can only happen when the active parameters are all discrete and nearly exhausted.
/// </remarks>
public sealed class NoRepeatStrategy(ISearchStrategy inner) : ISearchStrategy
{
    private const int InnerAttempts = 8;
    private const int RandomAttempts = 64;
    private const long EnumerationLimit = 1_000_000;

    public ISearchStrategy Inner => inner;

    public Configuration? Suggest(SuggestContext context)
    {
        var tried = context.History.TriedKeys();
        var gridSize = context.Space.GridSize();
        var finite = gridSize is { } size && size <= EnumerationLimit;
        if (finite && tried.Count >= gridSize && Untried(context.Space, tried).Count == 0)
        {
            return null;
        }

        var proposal = AskInner(context, tried);
        if (proposal is null || !tried.Contains(proposal.Key))
        {
            return proposal;
        }

        var random = context.RandomFor("no-repeat");
        for (var attempt = 0; attempt < RandomAttempts; attempt++)
        {
            var draw = context.Space.Sample(random);
            if (!tried.Contains(draw.Key))
            {
                return draw;
            }
        }

        if (!finite)
        {
            return proposal;
        }

        var untried = Untried(context.Space, tried);
        return untried.Count == 0 ? null : untried[random.Next(untried.Count)];
    }

    private Configuration? AskInner(SuggestContext context, HashSet<string> tried)
    {
        var proposal = inner.Suggest(context);
        for (var attempt = 1; attempt < InnerAttempts; attempt++)
        {
            if (proposal is null || !tried.Contains(proposal.Key))
            {
                return proposal;
            }

            var seed = SeedMixer.Mix(context.Seed, attempt, "no-repeat");
            proposal = inner.Suggest(context with { Seed = seed });
        }

        return proposal;
    }

    private static List<Configuration> Untried(SearchSpace space, HashSet<string> tried) =>
        space.EnumerateGrid().Where(c => !tried.Contains(c.Key)).ToList();
}
