using System.Text.Json;

namespace DotnetTune.Trial;

/// <summary>
/// Reads trial.json; every problem becomes a <see cref="TrialException"/> naming the file and key.
/// </summary>
public static class TrialConfigReader
{
    public const string DefaultFileName = "trial.json";

    public static TrialConfig Read(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw Bad(fullPath, "file not found; a trial takes its config file as first argument "
                + $"and reads {DefaultFileName} in the current folder without one");
        }

        return Parse(fullPath, File.ReadAllText(fullPath));
    }

    /// <summary>
    /// Reads config text; relative paths in it are taken from the folder of <paramref
    /// name="path"/>.
    /// </summary>
    public static TrialConfig Parse(string path, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return Bind(path, document.RootElement);
        }
        catch (JsonException error)
        {
            throw Bad(path, $"not valid JSON: {error.Message}");
        }
    }

    private static TrialConfig Bind(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad(path, "must hold a JSON object");
        }

        var folder = System.IO.Path.GetDirectoryName(path) ?? ".";
        var reader = new Fields(path, root);
        var config = new TrialConfig(
            Path: path,
            TrialId: reader.String("trial_id"),
            Seed: reader.Long("seed"),
            Device: reader.String("device"),
            Threads: reader.OptionalInt("threads", minimum: 1),
            Epochs: reader.Int("epochs", minimum: 0),
            DataDirectory: FullPath(reader.String("data"), folder),
            Samples: reader.OptionalInt("samples", minimum: 1),
            ValidationFraction: reader.Fraction("validation_fraction"),
            CheckpointDirectory: FullPath(reader.String("checkpoint_dir"), folder),
            Parameters: new TrialParameters(
                path, reader.Table("params"), reader.Table("defaults")));
        if (config.Device != "cpu" && !config.Device.StartsWith("cuda", StringComparison.Ordinal))
        {
            throw Bad(path, $"'device' must be \"cpu\" or \"cuda\", not \"{config.Device}\"");
        }

        return config;
    }

    private static string FullPath(string path, string folder) =>
        System.IO.Path.GetFullPath(path, folder);

    private static TrialException Bad(string path, string problem) =>
        new($"{path}: {problem}", TrialExitCodes.BadConfig);

    private sealed class Fields(string path, JsonElement root)
    {
        public string String(string key) =>
            Required(key) is { ValueKind: JsonValueKind.String } value
                ? value.GetString()!
                : throw Wrong(key, "a string");

        public long Long(string key) =>
            Required(key) is { ValueKind: JsonValueKind.Number } value
                && value.TryGetInt64(out var number)
                ? number
                : throw Wrong(key, "an integer");

        public int Int(string key, int minimum) =>
            Required(key) is { ValueKind: JsonValueKind.Number } value
                && value.TryGetInt32(out var number) && number >= minimum
                ? number
                : throw Wrong(key, $"an integer of at least {minimum}");

        public int? OptionalInt(string key, int minimum) =>
            root.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null
                ? Int(key, minimum)
                : null;

        public double Fraction(string key) =>
            Required(key) is { ValueKind: JsonValueKind.Number } value
                && value.GetDouble() is >= 0 and < 1 and var fraction
                ? fraction
                : throw Wrong(key, "a number from 0 up to (not including) 1");

        public IReadOnlyDictionary<string, JsonElement> Table(string key)
        {
            if (!root.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return new Dictionary<string, JsonElement>();
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                throw Wrong(key, "an object");
            }

            return value.EnumerateObject()
                .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        }

        private JsonElement Required(string key) =>
            root.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null
                ? value
                : throw Bad(path, $"'{key}' is missing");

        private TrialException Wrong(string key, string expected) =>
            Bad(path, $"'{key}' must be {expected}, not {root.GetProperty(key).GetRawText()}");
    }
}
