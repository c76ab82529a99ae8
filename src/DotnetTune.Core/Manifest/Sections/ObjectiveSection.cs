namespace DotnetTune.Manifest.Sections;

/// <summary>Reads [objective]: the metric the trials print and whether to minimize or maximize it.</summary>
internal static class ObjectiveSection
{
    public static ObjectiveSettings? Read(TableReader objective)
    {
        var metric = objective.String("metric", required: true);
        if (metric is not null && metric.Trim().Length == 0)
        {
            objective.Error(objective.Entry("metric")!,
                "must name a metric the trials print, e.g. \"val_loss\"");
            metric = null;
        }

        var direction = objective.Word("direction", ManifestKeys.Directions, required: true);
        objective.ReportUnknownKeys(ManifestKeys.Objective);
        if (metric is null || direction is null)
        {
            return null;
        }

        var parsed = direction == "minimize" ? Direction.Minimize : Direction.Maximize;
        WarnOnUnusualDirection(objective, metric, parsed);
        return new ObjectiveSettings(metric, parsed);
    }

    // A loss is almost always minimized and an accuracy maximized: the opposite is likely a slip.
    private static void WarnOnUnusualDirection(
        TableReader objective, string metric, Direction direction)
    {
        var name = metric.ToLowerInvariant();
        var expected = name.Contains("loss") || name.Contains("error")
            ? Direction.Minimize
            : name.Contains("acc") || name.Contains("f1") ? Direction.Maximize : direction;
        if (expected != direction)
        {
            var word = expected.ToString().ToLowerInvariant();
            objective.Warning(objective.Entry("direction")!,
                $"the metric \"{metric}\" is usually {word}d; did you mean direction = \"{word}\"?");
        }
    }
}
