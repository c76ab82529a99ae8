using DotnetTune.Manifest.Toml;
using DotnetTune.Templates;

namespace DotnetTune.Manifest.Sections;

/// <summary>What [trial] gives: its settings, and the template it names when that loads.</summary>
internal sealed record TrialDraft(TrialSettings? Settings, TemplateInfo? Template);

/// <summary>Reads [trial]: template, device, epochs, data, timeout, samples, validation split, threads.</summary>
internal static class TrialSection
{
    public const int DefaultEpochs = 10;

    public const double DefaultValidationFraction = 0.2;

    private static readonly TimeSpan s_longestTimeout = TimeSpan.FromDays(365);

    public static TrialDraft Read(
        TableReader trial, ManifestEnvironment environment, string manifestDirectory)
    {
        var errorsBefore = trial.Diagnostics.ErrorCount;
        var (reference, template) =
            TemplateReference.Read(trial, environment.Templates, manifestDirectory);
        var device = trial.Word("device", ManifestKeys.Devices);
        var epochs = trial.Count("epochs", 1);
        var data = DataFolder.Read(trial, environment.SamplesDirectory, manifestDirectory);
        var timeout = ReadTimeout(trial);
        var samples = trial.Count("samples", 2);
        var fraction = ReadValidationFraction(trial, samples);
        var threads = trial.Count("threads", 1);
        trial.ReportUnknownKeys(ManifestKeys.Trial);
        if (reference is null || data is null || trial.Diagnostics.ErrorCount > errorsBefore)
        {
            return new TrialDraft(null, template);
        }

        var settings = new TrialSettings(reference, ParseDevice(device), epochs ?? DefaultEpochs, data,
            timeout, samples, fraction ?? DefaultValidationFraction, threads);
        return new TrialDraft(settings, template);
    }

    private static DeviceRequest ParseDevice(string? device) => device switch
    {
        "cpu" => DeviceRequest.Cpu,
        "cuda" => DeviceRequest.Cuda,
        _ => DeviceRequest.Auto,
    };

    private static TimeSpan? ReadTimeout(TableReader trial)
    {
        var entry = trial.Entry("timeout");
        TimeSpan? timeout = entry?.Value switch
        {
            null => null,
            TomlScalar { IsNumber: true } number when double.IsFinite(number.AsDouble()) &&
                                                     number.AsDouble() <= s_longestTimeout.TotalSeconds
                => TimeSpan.FromSeconds(Math.Max(number.AsDouble(), 0)),
            TomlScalar { Value: string text } => DurationText.Parse(text),
            _ => null,
        };
        var usable = timeout > TimeSpan.Zero && timeout <= s_longestTimeout;
        if (entry is not null && !usable)
        {
            trial.Error(entry,
                $"cannot use {entry.Value.Describe()} as a timeout: give seconds (600) or a " +
                "duration like \"90s\", \"10m\" or \"1h30m\", more than 0 and at most 365 days");
            return null;
        }

        return timeout;
    }

    private static double? ReadValidationFraction(TableReader trial, int? samples)
    {
        var entry = trial.Entry("validation_fraction");
        var fraction = entry is null ? DefaultValidationFraction : trial.Number("validation_fraction");
        if (fraction is not { } share)
        {
            return null;
        }

        if (share is <= 0 or >= 1)
        {
            trial.Error(entry!, $"must be between 0 and 1 (both excluded), got {NumberText.Show(share)}");
            return null;
        }

        var emptySet = samples * share < 1 ? "validation" : samples * (1 - share) < 1 ? "training" : null;
        if (emptySet is not null)
        {
            var at = (entry ?? trial.Entry("samples")!).Value.Location;
            trial.Diagnostics.Error(at, trial.PathOf(entry?.Key ?? "samples"),
                $"with samples = {samples} and validation_fraction = {NumberText.Show(share)} the " +
                $"{emptySet} set would be empty: use more samples or another fraction");
            return null;
        }

        return share;
    }
}
