namespace DotnetTune.Strategies;

/// <summary>Independent draws from the whole space; trial n's draw depends only on the seed and n.</summary>
public sealed class RandomStrategy : ISearchStrategy
{
    public Space.Configuration? Suggest(SuggestContext context) =>
        context.Space.Sample(context.RandomFor("random"));
}
