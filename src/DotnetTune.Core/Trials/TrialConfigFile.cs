using System.Text;
using System.Text.Json;
using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Templates;

namespace DotnetTune.Trials;

/// <summary>
/// Writes trial.json, the one input of a trial process: its id, seed, device, threads, epochs,
/// data, the tuned values (`params`) and the template's defaults (`defaults`).
/// </summary>
public static class TrialConfigFile
{
    public static string Write(
        TrialRequest request,
        TrialPaths paths,
        TrialSettings settings,
        TemplateInfo template,
        string device,
        int? threads)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("trial_id", request.Id);
            writer.WriteNumber("seed", SeedOf(request));
            writer.WriteString("device", device);
            WriteOptional(writer, "threads", threads);
            writer.WriteNumber("epochs", EpochsOf(request, settings));
            writer.WriteString("data", settings.DataPath);
            WriteOptional(writer, "samples", settings.Samples);
            writer.WritePropertyName("validation_fraction");
            writer.WriteRawValue(ParameterValue.FormatFloat(settings.ValidationFraction));
            writer.WriteString("checkpoint_dir", paths.CheckpointDirectory);
            writer.WritePropertyName("params");
            request.Configuration.WriteTo(writer);
            writer.WritePropertyName("defaults");
            Defaults(template).WriteTo(writer);
            writer.WriteEndObject();
        }

        var json = Encoding.UTF8.GetString(stream.ToArray());
        File.WriteAllText(paths.ConfigFile, json + Environment.NewLine);
        return json;
    }

    /// <summary>A `seed` parameter, when tuned or fixed, wins over the study's seed.</summary>
    public static long SeedOf(TrialRequest request) =>
        request.Configuration.TryGetValue("seed", out var seed) && seed.Kind == ValueKind.Int
            ? seed.AsLong() + request.Repeat
            : request.Seed;

    /// <summary>An `epochs` parameter, when tuned or fixed, wins over trial.epochs.</summary>
    public static long EpochsOf(TrialRequest request, TrialSettings settings) =>
        request.Configuration.TryGetValue("epochs", out var epochs) && epochs.Kind == ValueKind.Int
            ? epochs.AsLong()
            : settings.Epochs;

    private static Configuration Defaults(TemplateInfo template) =>
        new(template.Parameters.Select(p => KeyValuePair.Create(p.Key, p.Value.Default)));

    private static void WriteOptional(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
