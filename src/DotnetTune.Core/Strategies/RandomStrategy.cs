namespace DotnetTune.Strategies;

/// <summary>
/// Independent draws from the whole space, uniform in each parameter's own scale; trial n's draw
/// depends only on the seed and n. Conditional parameters are drawn only when active.
/// </summary>
public sealed class RandomStrategy : ISearchStrategy
{
    /// <summary>The purpose of the random stream; coarse-to-fine draws from the same one.</summary>
    public const string Purpose = "random";

    public Space.Configuration? Suggest(SuggestContext context) =>
        context.Space.Sample(context.RandomFor(Purpose));
}
