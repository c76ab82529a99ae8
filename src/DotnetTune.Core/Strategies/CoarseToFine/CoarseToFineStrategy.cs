using DotnetTune.Manifest;
using DotnetTune.Space;

namespace DotnetTune.Strategies.CoarseToFine;

/// <summary>
/// Rounds of random search, each in a region shrunk around the best trials so far. The budget
/// is split evenly into rounds by trial number; round 0 samples the whole space.
/// </summary>
/// <remarks>
/// A round's region is computed from the trials of earlier rounds that have finished when the
/// round's trial is proposed. The sweep asks only when a slot is free, so a trial of round r
/// may be proposed while trials of round r-1 still run: it is then drawn from the region that
/// the finished trials give, rather than waiting. Once every earlier trial has finished the
/// region is fixed, which is the region <see cref="Regions"/> reports.
/// Trial n draws from the same random stream as the random strategy's trial n, so round 0 is
/// exactly random search and later rounds map the same draws into their smaller region.
/// </remarks>
public sealed class CoarseToFineStrategy(CoarseToFineSettings settings, int budget)
    : ISearchStrategy
{
    public CoarseToFineSettings Settings => settings;

    public Configuration? Suggest(SuggestContext context)
    {
        var plan = Plan();
        var round = plan.RoundOf(context.TrialNumber);
        var region = RegionNarrower.For(context.Space, context.History, plan, round, settings);
        return region.Space.Sample(context.RandomFor(RandomStrategy.Purpose));
    }

    /// <summary>
    /// The region of every round that has started or is next to start (its first trial number is
    /// at most one past the last trial in the history), for the report.
    /// </summary>
    public IReadOnlyList<RoundRegion> Regions(SearchSpace space, IReadOnlyList<Observation> history)
    {
        var plan = Plan();
        var nextTrial = history.Count == 0 ? 0 : history.Max(o => o.Number) + 1;
        return Enumerable.Range(0, plan.Rounds)
            .Where(round => round == 0 || plan.FirstTrial(round) <= nextTrial)
            .Select(round => RegionNarrower.For(space, history, plan, round, settings))
            .ToList();
    }

    private RoundPlan Plan() => new(settings.Rounds, budget);
}
