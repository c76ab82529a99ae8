using DotnetTune.Manifest.Parameters;
using DotnetTune.Manifest.Sections;
using DotnetTune.Space;
using DotnetTune.Templates;

namespace DotnetTune.Manifest.Search;

/// <summary>
/// Finishes [search] once the space is known: binds the listed configurations, settles the trial
/// budget per strategy (grid size, list length) and checks what the strategy needs of the space.
/// </summary>
internal static class SearchBinder
{
    public static SearchSettings? Bind(
        SearchDraft search,
        SearchSpace space,
        IReadOnlyList<ParameterDraft> drafts,
        TemplateInfo? template,
        DiagnosticBag bag)
    {
        var errorsBefore = bag.ErrorCount;
        var listed = search.Listed is null
            ? null
            : new ConfigurationBinder(space, search.Strategy, template, bag).Bind(search.Listed);
        var trials = search.Strategy switch
        {
            "grid" => GridRules.Resolve(search, space, drafts, bag),
            "manual" => ManualTrials(search, listed, bag),
            _ => search.Trials,
        };
        CheckModel(search, drafts, bag);
        if (bag.ErrorCount > errorsBefore || trials is null)
        {
            return null;
        }

        SearchWarnings.Report(search, trials.Value, listed, space, bag);
        return new SearchSettings(search.Strategy, trials.Value, search.Parallel, search.Repeats,
            search.MaxFailed, search.Retries, listed, search.CoarseToFine, search.Bayesian);
    }

    private static int? ManualTrials(SearchDraft search, List<Configuration>? listed, DiagnosticBag bag)
    {
        if (listed is null)
        {
            return null;
        }

        if (search.Trials is { } trials && trials > listed.Count)
        {
            bag.Error(search.TrialsEntry!.Value.Location, "search.trials",
                "strategy = \"manual\" runs the listed configurations, and " +
                $"{listed.Count} are listed: " +
                $"trials can be at most {listed.Count}");
            return null;
        }

        return search.Trials ?? listed.Count;
    }

    private static void CheckModel(
        SearchDraft search, IReadOnlyList<ParameterDraft> drafts, DiagnosticBag bag)
    {
        if (search.Bayesian?.Model != "gp" || search.ModelEntry is null)
        {
            return;
        }

        var others = drafts
            .Where(d => d.Parameter is not (FloatParameter or IntParameter or FixedParameter))
            .Select(d => $"{d.Name} ({ValueFit.KindText(d.Parameter)})")
            .ToList();
        if (others.Count > 0)
        {
            bag.Error(search.ModelEntry.Value.Location, "search.bayesian.model",
                "model = \"gp\" needs every tuned parameter to be float or int, but not " +
                $"{string.Join(", ", others)}: use \"tpe\" or \"auto\"");
        }
    }
}
