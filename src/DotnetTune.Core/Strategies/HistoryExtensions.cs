namespace DotnetTune.Strategies;

/// <summary>Questions every strategy asks of a history.</summary>
internal static class HistoryExtensions
{
    /// <summary>True for a completed trial whose loss is a finite number.</summary>
    public static bool HasUsableLoss(this Observation observation) =>
        observation.State == ObservationState.Completed &&
        observation.Loss is { } loss &&
        double.IsFinite(loss);

    /// <summary>Completed trials with a finite loss, in history order.</summary>
    public static List<Observation> Usable(this IReadOnlyList<Observation> history) =>
        history.Where(HasUsableLoss).ToList();

    /// <summary>The keys of every configuration already proposed, whatever its state.</summary>
    public static HashSet<string> TriedKeys(this IReadOnlyList<Observation> history) =>
        history.Select(o => o.Configuration.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Usable trials from best to worst; ties go to the earlier trial.</summary>
    public static List<Observation> BestFirst(this IEnumerable<Observation> observations) =>
        observations.OrderBy(o => o.Loss!.Value).ThenBy(o => o.Number).ToList();
}
