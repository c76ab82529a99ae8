using DotnetTune.Manifest.Sections;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Search;

/// <summary>Settings that are valid but will not do what the author likely expects.</summary>
internal static class SearchWarnings
{
    public static void Report(
        SearchDraft search, int trials, List<Configuration>? listed, SearchSpace space, DiagnosticBag bag)
    {
        var at = search.StrategyLocation;
        if (search.Bayesian is { } bayesian && bayesian.StartupTrials >= trials)
        {
            bag.Warning(at, "search.bayesian.startup_trials",
                $"startup_trials = {bayesian.StartupTrials} is not below trials = {trials}: " +
                "every trial is random and the model is never used");
        }

        if (search.CoarseToFine is { } coarse && coarse.Rounds > trials)
        {
            bag.Warning(at, "search.coarse_to_fine.rounds",
                $"rounds = {coarse.Rounds} is more than trials = {trials}: some rounds get no trial");
        }
        else if (search.CoarseToFine is { Rounds: > 1 } plan && trials / plan.Rounds * plan.KeepFraction < 2)
        {
            var perRound = trials / plan.Rounds;
            var advice = plan.KeepFraction < 1
                ? "raise trials or keep, or lower rounds"
                : "raise trials or lower rounds";
            bag.Warning(at, "search.coarse_to_fine.keep",
                $"with {perRound} trial(s) per round, keep = {plan.KeepFraction} keeps fewer than 2 trials " +
                $"after the first round, so later rounds search around very few points; {advice}");
        }

        if (listed is not null && listed.Count > trials)
        {
            bag.Warning(search.Listed!.Value.Location, "search.configurations",
                $"{listed.Count} configurations are listed but trials = {trials}: " +
                "the last ones never run");
        }

        if (search.Strategy is "random" && space.Tuned.Any() &&
            GridCounter.Count(space) is ({ } size, true) && size < trials)
        {
            bag.Warning(search.TrialsEntry?.Value.Location ?? at, "search.trials",
                $"the space has only {size} distinct configurations but trials = {trials}: " +
                $"the sweep stops after {size}, since no configuration runs twice (use repeats for more seeds)");
        }
    }
}
