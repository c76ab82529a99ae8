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
    public static int? Resolve(SearchDraft search, SearchSpace space, IReadOnlyList<ParameterDraft> drafts, DiagnosticBag bag)
    {
        var continuous = drafts.Where(d => !d.Parameter.IsDiscrete).ToList();
        foreach (var draft in continuous)
        {
            bag.Error(draft.Location, draft.KeyPath,
                $"strategy = \"grid\" needs every parameter discrete, but {draft.Name} is a continuous float: " +
                "add a step, or use type = \"choice\" with a list of values");
        }

        if (continuous.Count > 0)
        {
            return null;
        }

        var (size, exact) = GridCounter.Count(space)!.Value;
        var sizeText = (exact ? "" : "at least ") + GridCounter.Format(size);
        if (search.Trials is not { } trials)
        {
            if (size <= int.MaxValue)
            {
                return (int)size;
            }

            bag.Error(search.StrategyLocation, "search.strategy",
                $"the grid has {sizeText} points, too many to run: remove values, or use strategy = \"random\"");
            return null;
        }

        if (size > trials)
        {
            var raise = exact && size <= int.MaxValue ? $"raise trials to {size}, " : "";
            bag.Error(search.TrialsEntry!.Value.Location, "search.trials",
                $"the grid has {sizeText} points but trials = {trials}: {raise}remove values, or use strategy = \"random\"");
            return null;
        }

        if (size < trials)
        {
            bag.Warning(search.TrialsEntry!.Value.Location, "search.trials",
                $"the grid has only {size} points: {size} trials will run, not {trials}");
        }

        return (int)size;
    }
}
