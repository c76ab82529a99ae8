using DotnetTune.Manifest.Toml;

namespace DotnetTune.Manifest;

/// <summary>
/// Reads the keys of one table with their expected TOML types, reporting a missing required key
/// at the table, a wrong type at the value, and unknown keys with the nearest known one.
/// </summary>
internal sealed class TableReader(TomlTable table, string path, DiagnosticBag diagnostics)
{
    public TomlTable Table { get; } = table;

    public string Path { get; } = path;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public TomlEntry? Entry(string key) => Table.Find(key);

    public void Missing(string key, string hint = "") =>
        Diagnostics.Error(Table.Location, PathOf(key), $"missing required key '{key}'{hint}");

    public void Error(TomlEntry entry, string message) =>
        Diagnostics.Error(entry.Value.Location, PathOf(entry.Key), message);

    public void Warning(TomlEntry entry, string message) =>
        Diagnostics.Warning(entry.Value.Location, PathOf(entry.Key), message);

    public void WrongType(TomlEntry entry, string expected)
    {
        var hint = entry.Value is TomlScalar { Value: double number } && expected.Contains("integer") &&
                   Math.Abs(number) < 1e15 && number == Math.Floor(number)
            ? $" (write {NumberText.Show(number)} without the decimal point)"
            : "";
        Error(entry, $"expected {expected}, got {entry.Value.Describe()}{hint}");
    }

    public string? String(string key, bool required = false) =>
        Scalar(key, TomlKind.String, "a string", required)?.Value as string;

    public long? Integer(string key, bool required = false) =>
        Scalar(key, TomlKind.Integer, "an integer", required)?.Value as long?;

    public bool? Boolean(string key) =>
        Scalar(key, TomlKind.Boolean, "a boolean", false)?.Value as bool?;

    /// <summary>An integer or a float (integers are fine where floats are expected); finite.</summary>
    public double? Number(string key, bool required = false)
    {
        var entry = Lookup(key, required);
        if (entry is null)
        {
            return null;
        }

        if (entry.Value is not TomlScalar { IsNumber: true } scalar)
        {
            WrongType(entry, "a number");
            return null;
        }

        if (!double.IsFinite(scalar.AsDouble()))
        {
            Error(entry, $"must be a finite number, got {scalar.Literal}");
            return null;
        }

        return scalar.AsDouble();
    }

    /// <summary>An integer from <paramref name="min"/> up to int.MaxValue.</summary>
    public int? Count(string key, int min, bool required = false)
    {
        var value = Integer(key, required);
        if (value is null)
        {
            return null;
        }

        if (value < min || value > int.MaxValue)
        {
            var bound = value < min ? $"at least {min}" : $"at most {int.MaxValue}";
            Error(Entry(key)!, $"must be {bound}, got {NumberText.Show(value.Value)}");
            return null;
        }

        return (int)value;
    }

    /// <summary>A string that must be one of <paramref name="allowed"/>.</summary>
    public string? Word(string key, IReadOnlyList<string> allowed, bool required = false)
    {
        var text = String(key, required);
        if (text is null || allowed.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        var choices = string.Join(", ", allowed.Select(a => $"\"{a}\""));
        var near = KeySuggester.DidYouMean(text, allowed);
        Error(Entry(key)!, $"\"{text}\" is not one of {choices}{near}");
        return null;
    }

    /// <summary>A sub-table (a `[a.b]` header or an inline table).</summary>
    public TomlTable? SubTable(string key)
    {
        var entry = Lookup(key, required: false);
        if (entry is null)
        {
            return null;
        }

        if (entry.Value is TomlTable table)
        {
            return table;
        }

        WrongType(entry, "a table");
        return null;
    }

    /// <summary>Reports each key that is not in <paramref name="known"/>, suggesting the nearest.</summary>
    public void ReportUnknownKeys(IReadOnlyList<string> known)
    {
        foreach (var entry in Table.Entries.Where(e => !known.Contains(e.Key, StringComparer.Ordinal)))
        {
            var near = KeySuggester.DidYouMean(entry.Key, known);
            var where = Path.Length == 0 ? "at the top level" : $"in [{Path}]";
            Diagnostics.Error(entry.KeyLocation, PathOf(entry.Key),
                $"unknown key '{entry.Key}' {where}{near}");
        }
    }

    private TomlScalar? Scalar(string key, TomlKind kind, string expected, bool required)
    {
        var entry = Lookup(key, required);
        if (entry is null)
        {
            return null;
        }

        if (entry.Value is TomlScalar scalar && scalar.Kind == kind)
        {
            return scalar;
        }

        WrongType(entry, expected);
        return null;
    }

    private TomlEntry? Lookup(string key, bool required)
    {
        var entry = Entry(key);
        if (entry is null && required)
        {
            Missing(key);
        }

        return entry;
    }
}
