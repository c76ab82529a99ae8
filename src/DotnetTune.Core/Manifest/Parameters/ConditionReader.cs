using DotnetTune.Manifest.Toml;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>
/// Reads `when`: a table with one parent, `{ optimizer = "sgd" }` or `{ optimizer = ["sgd", "rmsprop"] }`,
/// or a string such as "layers >= 3" or "optimizer in ['sgd', 'rmsprop']".
/// </summary>
internal static class ConditionReader
{
    public static ConditionDraft? Read(TableReader spec)
    {
        var entry = spec.Entry("when");
        var path = spec.PathOf("when");
        switch (entry?.Value)
        {
            case null:
                return null;
            case TomlTable table:
                return FromTable(table, path, spec.Diagnostics);
            case TomlScalar { Value: string text } scalar:
                return FromText(text, scalar.Location, path, spec.Diagnostics);
            default:
                var expected = "a table like { optimizer = \"sgd\" } or a string like \"layers >= 3\"";
                spec.WrongType(entry, expected);
                return null;
        }
    }

    private static ConditionDraft? FromTable(TomlTable table, string path, DiagnosticBag bag)
    {
        if (table.Entries.Count == 0)
        {
            bag.Error(table.Location, path,
                "when is empty: name one parent, e.g. when = { optimizer = \"sgd\" }");
            return null;
        }

        if (table.Entries.Count > 1)
        {
            var names = string.Join(", ", table.Entries.Select(e => e.Key));
            bag.Error(table.Entries[1].KeyLocation, path,
                $"a condition has exactly one parent, got {names}: keep one");
            return null;
        }

        var parent = table.Entries[0];
        var values = parent.Value is TomlArray array ? array.Items : [parent.Value];
        if (values.Count == 0)
        {
            bag.Error(parent.Value.Location, path, $"the list of values for {parent.Key} is empty");
            return null;
        }

        var read = values
            .Select(v => ParameterReader.ScalarValue(v, path, "a condition value", bag))
            .ToList();
        if (read.Any(v => v is null))
        {
            return null;
        }

        return new ConditionDraft(parent.Key, ConditionOperator.In, read.Select(v => v!.Value).ToList(),
            parent.KeyLocation, parent.Value.Location, path);
    }

    private static ConditionDraft? FromText(string text, SourcePoint at, string path, DiagnosticBag bag)
    {
        var parsed = ConditionText.Parse(text);
        if (parsed.Error is { } error)
        {
            bag.Error(at, path, $"cannot read the condition \"{text}\": {error}");
            return null;
        }

        return new ConditionDraft(parsed.Parent!, parsed.Operator, parsed.Values!, at, at, path);
    }
}
