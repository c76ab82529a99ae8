using DotnetTune.Manifest;
using DotnetTune.Reporting;
using DotnetTune.Space;
using DotnetTune.Store;

namespace DotnetTune.Core.Tests.Reporting;

/// <summary>Small studies built in memory for the summary and report tests.</summary>
internal static class ReportFixtures
{
    public static TuneManifest Manifest(int repeats = 1) => new(
        "/work/Tune.toml",
        new StudySettings("demo", 1, "/work/tune-out"),
        new ObjectiveSettings("val_accuracy", Direction.Maximize),
        new SearchSettings("random", 4, Repeats: repeats),
        new TrialSettings("mlp-classifier", DeviceRequest.Cpu, 3, "/data"),
        new SearchSpace([new FloatParameter("learning_rate", 1e-4, 1e-1, Log: true)]));

    public static TrialRecord Trial(string id, int number, TrialStatus status, double? value, double lr,
        string? reason = null, int repeat = 0)
    {
        var start = new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero).AddMinutes(number);
        var metrics = value is { } v
            ? new[] { new EpochMetrics(3, new Dictionary<string, double> { ["val_accuracy"] = v }) }
            : [];
        return new TrialRecord(id, number, repeat, 1 + repeat, Config(lr), status, value, metrics, reason,
            status == TrialStatus.Completed ? 0 : 1, start, start.AddSeconds(30));
    }

    public static StudyResults Results(IReadOnlyList<TrialRecord> trials, int repeats = 1) =>
        new(Manifest(repeats), trials, "cpu", 2);

    private static Configuration Config(double lr) =>
        new([KeyValuePair.Create("learning_rate", ParameterValue.Of(lr))]);
}
