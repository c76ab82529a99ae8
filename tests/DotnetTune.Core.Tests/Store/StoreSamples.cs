using DotnetTune.Space;
using DotnetTune.Store;

namespace DotnetTune.Tests.Store;

internal static class StoreSamples
{
    public static readonly DateTimeOffset Start = new(2025, 3, 4, 5, 6, 7, TimeSpan.FromHours(2));

    public static StudyInfo Study(string manifestHash = "hash-1") =>
        new("mnist-sweep", manifestHash, "random", Start.AddTicks(1234567));

    /// <summary>Every value kind, with values that a careless round trip would change.</summary>
    public static Configuration EveryKind() => new(
    [
        KeyValuePair.Create("momentum", ParameterValue.Of(0.9)),
        KeyValuePair.Create("lr", ParameterValue.Of(1e-5)),
        KeyValuePair.Create("scale", ParameterValue.Of(3.0)),
        KeyValuePair.Create("batch_size", ParameterValue.Of(64L)),
        KeyValuePair.Create("offset", ParameterValue.Of(-7L)),
        KeyValuePair.Create("optimizer", ParameterValue.Of("adam \"w\" é")),
        KeyValuePair.Create("nesterov", ParameterValue.Of(true)),
        KeyValuePair.Create("amsgrad", ParameterValue.Of(false)),
    ]);

    public static EpochMetrics Epoch(int epoch, params (string Name, double Value)[] values) =>
        new(epoch, values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>An outcome that ended some seconds after <see cref="Start"/>.</summary>
    public static TrialOutcome Outcome(
        TrialStatus status,
        double? value,
        int? exitCode = 0,
        string? reason = null,
        double seconds = 0) =>
        new(status, value, reason, exitCode, Start.AddSeconds(seconds));

    public static TrialRecord Queued(string id, int number = 0) =>
        new(id, number, 0, 42 + number, EveryKind(), TrialStatus.Queued);

    /// <summary>A trial with every field set to a value other than its default.</summary>
    public static TrialRecord Full() => new(
        "0003-r1",
        Number: 3,
        Repeat: 1,
        Seed: 9_007_199_254_740_993,
        EveryKind(),
        TrialStatus.TimedOut,
        Value: 0.1 + 0.2,
        Metrics:
        [
            Epoch(1, ("val_loss", 2.5), ("accuracy", 0.25), ("lr", 1e-3)),
            Epoch(2, ("val_loss", 1.25), ("accuracy", 0.5), ("lr", 5e-4)),
        ],
        Reason: "timed out after 00:10:00; raise timeout or lower epochs",
        ExitCode: -9,
        StartedAt: Start,
        EndedAt: Start.AddMinutes(10).AddTicks(1),
        Attempt: 2);

    /// <summary>Checks every field, each value's kind and each epoch's metrics in order.</summary>
    public static void ShouldMatch(this TrialRecord actual, TrialRecord expected)
    {
        (actual with { Metrics = null }).ShouldBe(expected with { Metrics = null });
        Kinds(actual.Configuration).ShouldBe(Kinds(expected.Configuration));
        actual.Epochs.Select(e => e.Epoch).ShouldBe(expected.Epochs.Select(e => e.Epoch));
        for (var i = 0; i < expected.Epochs.Count; i++)
        {
            actual.Epochs[i].Values.Select(v => (v.Key, v.Value))
                .ShouldBe(expected.Epochs[i].Values.Select(v => (v.Key, v.Value)));
        }
    }

    private static IEnumerable<(string, ValueKind, string)> Kinds(Configuration configuration) =>
        configuration.Select(p => (p.Key, p.Value.Kind, p.Value.ToString()));
}
