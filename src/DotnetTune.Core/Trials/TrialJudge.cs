using DotnetTune.Manifest;
using DotnetTune.Store;

namespace DotnetTune.Trials;

/// <summary>
/// Decides how a finished trial process ended: completed with the objective's last value, or
/// timed out, interrupted, failed or diverged, each with a reason a user can act on.
/// </summary>
public static class TrialJudge
{
    public static Verdict Judge(
        ObjectiveSettings objective,
        ChildProcessResult process,
        IReadOnlyList<EpochMetrics> epochs,
        IReadOnlyList<string> stderrTail,
        TimeSpan? timeout)
    {
        if (process.TimedOut)
        {
            return new Verdict(TrialStatus.TimedOut, null,
                $"ran past its timeout of {Durations.Format(timeout ?? TimeSpan.Zero)} and was stopped");
        }

        if (process.Cancelled)
        {
            return new Verdict(TrialStatus.Interrupted, null, "stopped before it finished (the sweep was interrupted)");
        }

        if (process.ExitCode != 0)
        {
            var tail = stderrTail.Count > 0 ? ": " + string.Join(" | ", stderrTail) : " (stderr was empty)";
            return new Verdict(TrialStatus.Failed, null, $"exited with code {process.ExitCode}{tail}");
        }

        if (FindDivergence(epochs) is { } divergence)
        {
            return new Verdict(TrialStatus.Failed, null, divergence);
        }

        var reported = epochs.LastOrDefault(e => e.Values.ContainsKey(objective.Metric));
        if (reported is null)
        {
            var names = epochs.SelectMany(e => e.Values.Keys).Distinct().ToList();
            var seen = names.Count > 0 ? $"it reported: {string.Join(", ", names)}" : "it reported no metrics";
            return new Verdict(TrialStatus.Failed, null,
                $"did not report the objective metric '{objective.Metric}' ({seen})");
        }

        return new Verdict(TrialStatus.Completed, reported.Values[objective.Metric], null);
    }

    private static string? FindDivergence(IReadOnlyList<EpochMetrics> epochs)
    {
        foreach (var epoch in epochs)
        {
            foreach (var (name, value) in epoch.Values)
            {
                if (!double.IsFinite(value))
                {
                    return $"diverged: {name} was {FormatNonFinite(value)} at epoch {epoch.Epoch}";
                }
            }
        }

        return null;
    }

    private static string FormatNonFinite(double value) =>
        double.IsNaN(value) ? "NaN" : value > 0 ? "+Infinity" : "-Infinity";
}

public sealed record Verdict(TrialStatus Status, double? Value, string? Reason);
