using DotnetTune.Space;

namespace DotnetTune.Strategies;

/// <summary>
/// Walks the grid of a discrete space in order and proposes the first grid point not yet in the
/// history, so listed (warm-start) configurations and resumed studies never repeat a point.
/// </summary>
public sealed class GridStrategy : ISearchStrategy
{
    public Configuration? Suggest(SuggestContext context)
    {
        if (!context.Space.IsDiscrete)
        {
            throw new InvalidOperationException(
                "the grid strategy needs every parameter to be discrete (give floats a step)");
        }

        var tried = context.History.TriedKeys();
        return context.Space.EnumerateGrid().FirstOrDefault(c => !tried.Contains(c.Key));
    }
}
