using DotnetTune.Manifest.Toml;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>
/// Reads the values of a choice: a non-empty list of strings, numbers or booleans without
/// duplicates (2 and 2.0 are the same value). A list mixing integers and floats becomes all floats.
/// </summary>
internal static class ChoiceReader
{
    public static CategoricalParameter? Read(TableReader spec, string name, List<LocatedValue> values)
    {
        var entry = spec.Entry("values");
        if (entry is null)
        {
            spec.Missing("values", " for type = \"choice\", e.g. values = [32, 64, 128]");
            return null;
        }

        if (entry.Value is not TomlArray { IsTableArray: false } array)
        {
            spec.WrongType(entry, "an array of values");
            return null;
        }

        if (array.Items.Count == 0)
        {
            spec.Error(entry, "values is empty: list at least one value");
            return null;
        }

        var read = ReadItems(spec, array);
        if (read is null)
        {
            return null;
        }

        if (read.Count == 1)
        {
            spec.Warning(entry, $"only one value: {name} is fixed at {read[0].Value.ToLiteral()}");
        }

        var promoted = Promote(read);
        values.AddRange(promoted);
        return new CategoricalParameter(name, promoted.Select(v => v.Value).ToList());
    }

    private static List<LocatedValue>? ReadItems(TableReader spec, TomlArray array)
    {
        var read = new List<LocatedValue>();
        var valid = true;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = array.Items[i];
            var path = $"{spec.PathOf("values")}[{i}]";
            if (ParameterReader.ScalarValue(item, path, "a choice", spec.Diagnostics) is not { } value)
            {
                valid = false;
                continue;
            }

            if (read.Any(r => Condition.ValuesEqual(r.Value, value)))
            {
                var same = read.First(r => Condition.ValuesEqual(r.Value, value));
                var first = $"the same as {same.Value.ToLiteral()} at {same.Location}";
                spec.Diagnostics.Error(item.Location, path, $"duplicate value {value.ToLiteral()} ({first})");
                valid = false;
                continue;
            }

            read.Add(new LocatedValue(value, item.Location));
        }

        return valid ? read : null;
    }

    private static List<LocatedValue> Promote(List<LocatedValue> values)
    {
        var mixed = values.Any(v => v.Value.Kind == ValueKind.Int) &&
                    values.Any(v => v.Value.Kind == ValueKind.Float);
        return mixed ? values.Select(v => v with { Value = ToFloat(v.Value) }).ToList() : values;
    }

    private static ParameterValue ToFloat(ParameterValue value) =>
        value.Kind == ValueKind.Int ? ParameterValue.Of(value.AsDouble()) : value;
}
