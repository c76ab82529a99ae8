using System.Text;
using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Store;
using DotnetTune.Strategies;
using DotnetTune.Strategies.CoarseToFine;
using DotnetTune.Sweeps;

namespace DotnetTune.Reporting;

/// <summary>
/// What the report says about how the strategy searched: the region of each coarse-to-fine
/// round, or which model a Bayesian search used.
/// </summary>
public static class StrategyNotes
{
    public static IReadOnlyList<string> For(TuneManifest manifest, IReadOnlyList<TrialRecord> trials)
    {
        var search = manifest.Search;
        return search.Strategy switch
        {
            StrategyFactory.CoarseToFine => [Rounds(manifest, trials)],
            StrategyFactory.Bayesian => [Model(search, manifest.Space)],
            _ => [],
        };
    }

    private static string Model(SearchSettings search, SearchSpace space)
    {
        var settings = search.Bayesian ?? new BayesianSettings();
        var model = StrategyFactory.ResolveModel(settings, space);
        var name = model == "gp"
            ? "a Gaussian process with expected improvement"
            : "TPE (tree-structured Parzen estimator)";
        var chosen = settings.Model == "auto" ? ", chosen automatically for this space," : "";
        return $"## Search model\n\nBayesian search used {name}{chosen} " +
               $"after {settings.StartupTrials} random start-up trials.";
    }

    private static string Rounds(TuneManifest manifest, IReadOnlyList<TrialRecord> trials)
    {
        var settings = manifest.Search.CoarseToFine ?? new CoarseToFineSettings();
        var strategy = new CoarseToFineStrategy(settings, manifest.Search.Trials);
        var history = StudyHistory.Observations(trials, manifest.Objective);
        var regions = strategy.Regions(manifest.Space, history);
        var names = manifest.Space.Tuned.Select(p => p.Name).ToList();
        var text = new StringBuilder("## Coarse-to-fine rounds\n\n");
        text.AppendLine("Each round samples the region around the best trials of the rounds before it.").AppendLine();
        text.AppendLine("| round | trials | region from | " + string.Join(" | ", names) + " |");
        text.AppendLine("|" + string.Concat(Enumerable.Repeat("---|", names.Count + 3)));
        foreach (var region in regions.Where(r => r.PlannedTrials > 0))
        {
            var last = region.FirstTrial + region.PlannedTrials - 1;
            var basis = region.Kept == 0 ? "the declared space" : $"best {region.Kept} of {region.BasedOn}";
            var cells = names.Select(n => Describe(region.Space.Find(n)));
            var span = $"{region.FirstTrial:D4}–{last:D4}";
            text.AppendLine($"| {region.Round + 1} | {span} | {basis} | {string.Join(" | ", cells)} |");
        }

        return text.ToString().TrimEnd();
    }

    private static string Describe(Parameter? parameter) => parameter switch
    {
        FloatParameter f => $"[{ReportWriter.Number(f.Low)}, {ReportWriter.Number(f.High)}]",
        IntParameter i => $"[{i.Low}, {i.High}]",
        CategoricalParameter c => string.Join(", ", c.Choices.Select(v => v.ToString())),
        FixedParameter x => x.Value.ToString(),
        _ => "–",
    };
}
