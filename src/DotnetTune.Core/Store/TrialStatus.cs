namespace DotnetTune.Store;

/// <summary>Where a trial is in its life. Only Completed trials have a value that ranks.</summary>
public enum TrialStatus
{
    Queued,
    Running,
    Completed,
    Failed,
    Pruned,
    TimedOut,
    Interrupted,
}

public static class TrialStatusNames
{
    /// <summary>The snake_case name used in summary.json, the store and the report.</summary>
    public static string ToName(this TrialStatus status) => status switch
    {
        TrialStatus.Queued => "queued",
        TrialStatus.Running => "running",
        TrialStatus.Completed => "completed",
        TrialStatus.Failed => "failed",
        TrialStatus.Pruned => "pruned",
        TrialStatus.TimedOut => "timed_out",
        _ => "interrupted",
    };

    public static TrialStatus Parse(string name) => name switch
    {
        "queued" => TrialStatus.Queued,
        "running" => TrialStatus.Running,
        "completed" => TrialStatus.Completed,
        "failed" => TrialStatus.Failed,
        "pruned" => TrialStatus.Pruned,
        "timed_out" => TrialStatus.TimedOut,
        "interrupted" => TrialStatus.Interrupted,
        _ => throw new FormatException($"unknown trial status '{name}'"),
    };

    /// <summary>True for states a trial does not leave (it is not run again on resume).</summary>
    public static bool IsFinal(this TrialStatus status) =>
        status is TrialStatus.Completed or TrialStatus.Failed or TrialStatus.Pruned or TrialStatus.TimedOut;
}
