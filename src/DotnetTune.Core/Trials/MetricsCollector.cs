using System.Globalization;
using System.Text.Json;
using DotnetTune.Store;

namespace DotnetTune.Trials;

/// <summary>
/// Reads a trial's stdout as it comes: each JSON object with an "epoch" key is that epoch's
/// metrics; {"event":"finished","seconds":S} gives the trial's own run time; any other line is
/// log. Non-finite numbers arrive as the strings "NaN", "Infinity" and "-Infinity".
/// </summary>
public sealed class MetricsCollector
{
    private readonly List<EpochMetrics> _epochs = [];

    public IReadOnlyList<EpochMetrics> Epochs => _epochs;

    /// <summary>Seconds the trial process says it ran, from its Main to its end.</summary>
    public double? OwnSeconds { get; private set; }

    /// <summary>Parses one stdout line; returns the epoch's metrics when the line reported one.</summary>
    public EpochMetrics? Accept(string line)
    {
        var trimmed = line.TrimStart();
        if (!trimmed.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(trimmed);
            return Interpret(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private EpochMetrics? Interpret(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("event", out var name) && name.ValueKind == JsonValueKind.String)
        {
            if (name.GetString() == "finished" && root.TryGetProperty("seconds", out var seconds) &&
                ReadNumber(seconds) is { } value)
            {
                OwnSeconds = value;
            }

            return null;
        }

        if (!root.TryGetProperty("epoch", out var epochElement) || ReadNumber(epochElement) is not { } epoch)
        {
            return null;
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name != "epoch" && ReadNumber(property.Value) is { } number)
            {
                values[property.Name] = number;
            }
        }

        var metrics = new EpochMetrics((int)epoch, values);
        _epochs.Add(metrics);
        return metrics;
    }

    private static double? ReadNumber(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => ParseSpecial(element.GetString()),
        _ => null,
    };

    private static double? ParseSpecial(string? text) => text switch
    {
        "NaN" or "nan" => double.NaN,
        "Infinity" or "inf" => double.PositiveInfinity,
        "-Infinity" or "-inf" => double.NegativeInfinity,
        _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null,
    };
}
