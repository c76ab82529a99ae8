using DotnetTune.Space;

namespace DotnetTune.Strategies;

/// <summary>
/// Proposes the listed configurations first, in order, skipping any already in the history;
/// then hands over to <paramref name="next"/>, or proposes nothing more when there is none
/// (the `manual` strategy).
/// </summary>
public sealed class ListedFirstStrategy(IReadOnlyList<Configuration> listed, ISearchStrategy? next)
    : ISearchStrategy
{
    public Configuration? Suggest(SuggestContext context)
    {
        var tried = context.History.TriedKeys();
        var untried = listed.FirstOrDefault(c => !tried.Contains(c.Key));
        return untried ?? next?.Suggest(context);
    }
}
