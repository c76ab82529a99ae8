namespace DotnetTune.Strategies;

/// <summary>Walks the grid of a discrete space in order; trial n gets grid point n.</summary>
public sealed class GridStrategy : ISearchStrategy
{
    public Space.Configuration? Suggest(SuggestContext context) =>
        context.Space.EnumerateGrid().Skip(context.TrialNumber).FirstOrDefault();
}
