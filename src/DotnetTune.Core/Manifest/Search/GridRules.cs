using System.Numerics;
using DotnetTune.Manifest.Parameters;
using DotnetTune.Manifest.Sections;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Search;

/// <summary>
/// strategy = "grid": every parameter must be discrete, and the grid must fit the trials budget
/// (without trials, the budget is the grid size).
/// </summary>
internal static class GridRules
{
    public static int? Resolve(
        SearchDraft search, SearchSpace space, IReadOnlyList<ParameterDraft> drafts, DiagnosticBag bag)
    {
        if (ReportContinuous(drafts, bag))
        {
            return null;
        }

        var (size, exact) = GridCounter.Count(space)!.Value;
        var sizeText = (exact ? "" : "at least ") + GridCounter.Format(size);
        return search.Trials is { } trials
            ? FitBudget(search, trials, size, exact, sizeText, bag)
            : WholeGrid(search, size, sizeText, bag);
    }

    private static bool ReportContinuous(IReadOnlyList<ParameterDraft> drafts, DiagnosticBag bag)
    {
        var continuous = drafts.Where(d => !d.Parameter.IsDiscrete).ToList();
        foreach (var draft in continuous)
        {
            bag.Error(draft.Location, draft.KeyPath,
                "strategy = \"grid\" needs every parameter discrete, but " +
                $"{draft.Name} is a continuous float: add a step, or use type = \"choice\" " +
                "with a list of values");
        }

        return continuous.Count > 0;
    }

    private static int? WholeGrid(SearchDraft search, BigInteger size, string sizeText, DiagnosticBag bag)
    {
        if (size <= int.MaxValue)
        {
            return (int)size;
        }

        bag.Error(search.StrategyLocation, "search.strategy",
            $"the grid has {sizeText} points, too many to run: remove values, or use " +
            "strategy = \"random\"");
        return null;
    }

    private static int? FitBudget(
        SearchDraft search, int trials, BigInteger size, bool exact, string sizeText, DiagnosticBag bag)
    {
        var at = search.TrialsEntry!.Value.Location;
        if (size > trials)
        {
            var raise = exact && size <= int.MaxValue ? $"raise trials to {size}, " : "";
            bag.Error(at, "search.trials",
                $"the grid has {sizeText} points but trials = {trials}: {raise}remove values, or " +
                "use strategy = \"random\"");
            return null;
        }

        if (size < trials)
        {
            bag.Warning(at, "search.trials",
                $"the grid has only {size} points: {size} trials will run, not {trials}");
        }

        return (int)size;
    }
}
