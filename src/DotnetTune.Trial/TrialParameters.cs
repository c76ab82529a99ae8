using System.Text.Json;

namespace DotnetTune.Trial;

/// <summary>
/// The parameter values of one trial: those the tuner chose ("params" in trial.json), falling
/// back to the template's defaults ("defaults"). Getters fail with a message naming the parameter.
/// </summary>
public sealed class TrialParameters(
    string configPath,
    IReadOnlyDictionary<string, JsonElement> chosen,
    IReadOnlyDictionary<string, JsonElement> defaults)
{
    /// <summary>The values the tuner chose for this trial.</summary>
    public IReadOnlyDictionary<string, JsonElement> Chosen { get; } = chosen;

    public IReadOnlyDictionary<string, JsonElement> Defaults { get; } = defaults;

    public bool Contains(string name) => Chosen.ContainsKey(name) || Defaults.ContainsKey(name);

    /// <summary>A number; integers are accepted too.</summary>
    public double GetDouble(string name) =>
        Find(name) is { ValueKind: JsonValueKind.Number } value
            ? value.GetDouble()
            : throw Wrong(name, "a number");

    public long GetLong(string name) =>
        Find(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number)
            ? number
            : throw Wrong(name, "an integer");

    public int GetInt(string name) =>
        Find(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number)
            ? number
            : throw Wrong(name, "an integer that fits in 32 bits");

    public string GetString(string name) =>
        Find(name) is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!
            : throw Wrong(name, "a string");

    public bool GetBool(string name) =>
        Find(name) switch
        {
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            _ => throw Wrong(name, "true or false"),
        };

    /// <summary>A string that must be one of <paramref name="choices"/>.</summary>
    public string GetChoice(string name, params string[] choices)
    {
        var value = GetString(name);
        return choices.Contains(value, StringComparer.Ordinal)
            ? value
            : throw Bad(
                $"parameter '{name}' is \"{value}\"; expected one of {string.Join(", ", choices)}");
    }

    private JsonElement Find(string name)
    {
        if (Chosen.TryGetValue(name, out var value) || Defaults.TryGetValue(name, out value))
        {
            return value;
        }

        throw Bad($"has no value for parameter '{name}' (looked in \"params\", then \"defaults\")");
    }

    private TrialException Wrong(string name, string expected) =>
        Bad($"parameter '{name}' must be {expected}, not {Find(name).GetRawText()}");

    private TrialException Bad(string problem) =>
        new($"{configPath}: {problem}", TrialExitCodes.BadConfig);
}
