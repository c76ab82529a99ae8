using DotnetTune.Manifest.Toml;

namespace DotnetTune.Manifest.Sections;

/// <summary>What [search] says before the search space is known.</summary>
/// <param name="Trials">The trials key when given and valid.</param>
/// <param name="Listed">The `configurations` array when given as an array of tables.</param>
internal sealed record SearchDraft(
    string Strategy,
    SourcePoint StrategyLocation,
    int? Trials,
    TomlEntry? TrialsEntry,
    int Parallel,
    int Repeats,
    int? MaxFailed,
    int Retries,
    TomlEntry? Listed,
    CoarseToFineSettings? CoarseToFine,
    BayesianSettings? Bayesian,
    TomlEntry? ModelEntry);

/// <summary>Reads [search] and its strategy tables [search.coarse_to_fine] and [search.bayesian].</summary>
internal static class SearchSection
{
    public const string DefaultStrategy = "random";

    public static SearchDraft? Read(TableReader search)
    {
        var errorsBefore = search.Diagnostics.ErrorCount;
        var strategy = search.Word("strategy", ManifestKeys.Strategies) ?? DefaultStrategy;
        var strategyAt = search.Entry("strategy")?.Value.Location ?? search.Table.Location;
        var trials = search.Count("trials", 1);
        if (search.Entry("trials") is null && strategy is not ("grid" or "manual"))
        {
            search.Missing("trials", $" for strategy = \"{strategy}\": how many configurations to try");
        }

        var parallel = search.Count("parallel", 1) ?? 1;
        var repeats = search.Count("repeats", 1) ?? 1;
        var maxFailed = search.Count("max_failed", 1);
        var retries = search.Count("retries", 0) ?? 0;
        var listed = ReadListed(search, strategy);
        var coarseToFine = StrategyTables.ReadCoarseToFine(search, strategy);
        var bayesian = StrategyTables.ReadBayesian(search, strategy);
        search.ReportUnknownKeys(ManifestKeys.Search);
        if (search.Diagnostics.ErrorCount > errorsBefore)
        {
            return null;
        }

        var model = (search.Entry("bayesian")?.Value as TomlTable)?.Find("model");
        return new SearchDraft(strategy, strategyAt, trials, search.Entry("trials"), parallel, repeats,
            maxFailed, retries, listed, coarseToFine, bayesian, model);
    }

    private static TomlEntry? ReadListed(TableReader search, string strategy)
    {
        var entry = search.Entry("configurations");
        if (entry is null)
        {
            if (strategy == "manual")
            {
                search.Missing("configurations",
                    " for strategy = \"manual\", e.g. configurations = [{ learning_rate = 0.01 }]");
            }

            return null;
        }

        if (entry.Value is not TomlArray array || array.Items.Any(i => i is not TomlTable))
        {
            search.WrongType(entry,
                "an array of tables, e.g. [{ learning_rate = 0.01, batch_size = 64 }]");
            return null;
        }

        if (array.Items.Count == 0)
        {
            search.Error(entry, "configurations is empty: list at least one, or remove the key");
            return null;
        }

        return entry;
    }
}
