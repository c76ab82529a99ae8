using DotnetTune.Manifest.Toml;

namespace DotnetTune.Manifest.Sections;

/// <summary>Reads the tables that tune one strategy; each is allowed only with its strategy.</summary>
internal static class StrategyTables
{
    public static CoarseToFineSettings? ReadCoarseToFine(TableReader search, string strategy)
    {
        var table = ReadTable(search, "coarse_to_fine", "coarse-to-fine", strategy);
        if (table is null)
        {
            return strategy == "coarse-to-fine" ? new CoarseToFineSettings() : null;
        }

        var defaults = new CoarseToFineSettings();
        var rounds = table.Count("rounds", 1) ?? defaults.Rounds;
        var keep = Fraction(table, "keep", defaults.KeepFraction, "between 0 (excluded) and 1",
            k => k is > 0 and <= 1);
        var margin = Fraction(table, "margin", defaults.Margin, "at least 0", m => m >= 0);
        table.ReportUnknownKeys(ManifestKeys.CoarseToFine);
        return new CoarseToFineSettings(rounds, keep, margin);
    }

    public static BayesianSettings? ReadBayesian(TableReader search, string strategy)
    {
        var table = ReadTable(search, "bayesian", "bayesian", strategy);
        if (table is null)
        {
            return strategy == "bayesian" ? new BayesianSettings() : null;
        }

        var defaults = new BayesianSettings();
        var model = table.Word("model", ManifestKeys.BayesianModels) ?? defaults.Model;
        var startup = table.Count("startup_trials", 1) ?? defaults.StartupTrials;
        var multivariate = table.Boolean("multivariate") ?? defaults.Multivariate;
        table.ReportUnknownKeys(ManifestKeys.Bayesian);
        return new BayesianSettings(model, startup, multivariate);
    }

    private static TableReader? ReadTable(TableReader search, string key, string owner, string strategy)
    {
        var table = search.SubTable(key);
        if (table is null)
        {
            return null;
        }

        if (strategy != owner)
        {
            search.Diagnostics.Error(search.Entry(key)!.KeyLocation, search.PathOf(key),
                $"[search.{key}] applies only to strategy = \"{owner}\", " +
                $"but the strategy is \"{strategy}\"");
        }

        return new TableReader(table, search.PathOf(key), search.Diagnostics);
    }

    private static double Fraction(
        TableReader table, string key, double fallback, string rule, Func<double, bool> valid)
    {
        var value = table.Number(key);
        if (value is null)
        {
            return fallback;
        }

        if (!valid(value.Value))
        {
            table.Error(table.Entry(key)!, $"must be {rule}, got {NumberText.Show(value.Value)}");
            return fallback;
        }

        return value.Value;
    }
}
