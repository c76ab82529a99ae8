using DotnetTune.Manifest.Toml;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>
/// Reads one entry of [parameters]: a bare value (fixed) or a table with a type (float, int,
/// choice or categorical, bool, fixed) and its keys.
/// </summary>
internal static class ParameterReader
{
    public static ParameterDraft? Read(TomlEntry entry, DiagnosticBag diagnostics)
    {
        var path = $"parameters.{entry.Key}";
        switch (entry.Value)
        {
            case TomlScalar scalar:
                return ReadBareValue(entry, scalar, path, diagnostics);
            case TomlTable table:
                return ReadTable(entry, new TableReader(table, path, diagnostics));
            default:
                diagnostics.Error(entry.Value.Location, path,
                    "an array is not a parameter: to try several values write " +
                    "{ type = \"choice\", values = [...] }");
                return null;
        }
    }

    /// <summary>A string, number or boolean usable as a fixed value or a choice.</summary>
    public static ParameterValue? ScalarValue(
        TomlNode node, string path, string what, DiagnosticBag diagnostics)
    {
        if (node is TomlScalar scalar && scalar.ToParameterValue() is { } value)
        {
            if (value.Kind == ValueKind.Float && !double.IsFinite(value.AsDouble()))
            {
                diagnostics.Error(node.Location, path,
                    $"{what} must be a finite number, got {scalar.Literal}");
                return null;
            }

            return value;
        }

        diagnostics.Error(node.Location, path,
            $"{what} must be a string, number or boolean, got {node.Describe()}");
        return null;
    }

    private static ParameterDraft? ReadBareValue(
        TomlEntry entry, TomlScalar scalar, string path, DiagnosticBag bag)
    {
        if (ScalarValue(scalar, path, "a fixed value", bag) is not { } value)
        {
            return null;
        }

        var parameter = new FixedParameter(entry.Key, value);
        return new ParameterDraft(entry.Key, entry.KeyLocation, path, parameter,
            [new LocatedValue(value, scalar.Location)], scalar.Location, null);
    }

    private static ParameterDraft? ReadTable(TomlEntry entry, TableReader spec)
    {
        var bag = spec.Diagnostics;
        var errorsBefore = bag.ErrorCount;
        var type = ReadType(entry, spec);
        ParameterKeys.Check(spec, type);
        if (type is null)
        {
            return null;
        }

        var condition = ConditionReader.Read(spec);
        var values = new List<LocatedValue>();
        var typeLocation = spec.Entry("type")!.Value.Location;
        Parameter? parameter = type switch
        {
            "float" => RangeReader.ReadFloat(spec, entry.Key, values),
            "int" => RangeReader.ReadInt(spec, entry.Key, values),
            "choice" => ChoiceReader.Read(spec, entry.Key, values),
            "bool" => ReadBool(entry.Key, typeLocation, values),
            _ => ReadFixed(spec, entry.Key, values),
        };
        if (parameter is null || bag.ErrorCount > errorsBefore)
        {
            return null;
        }

        return new ParameterDraft(
            entry.Key, entry.KeyLocation, spec.Path, parameter, values, typeLocation, condition);
    }

    private static string? ReadType(TomlEntry entry, TableReader spec)
    {
        if (spec.Entry("type") is null)
        {
            spec.Diagnostics.Error(entry.KeyLocation, spec.Path, $"missing 'type'{TypeHint(spec)}");
            return null;
        }

        var type = spec.Word("type", ManifestKeys.ParameterTypes);
        return type == "categorical" ? "choice" : type;
    }

    private static string TypeHint(TableReader spec)
    {
        if (spec.Entry("values") is not null)
        {
            return ": add type = \"choice\"";
        }

        if (spec.Entry("value") is not null)
        {
            return ": add type = \"fixed\", or write the value alone (name = value)";
        }

        var types = string.Join(", ", ManifestKeys.ParameterTypes.Select(t => $"\"{t}\""));
        return spec.Entry("low") is not null || spec.Entry("high") is not null
            ? ": add type = \"float\" or type = \"int\""
            : $": one of {types}";
    }

    private static CategoricalParameter ReadBool(string name, SourcePoint at, List<LocatedValue> values)
    {
        ParameterValue[] choices = [ParameterValue.Of(false), ParameterValue.Of(true)];
        values.AddRange(choices.Select(c => new LocatedValue(c, at)));
        return new CategoricalParameter(name, choices);
    }

    private static FixedParameter? ReadFixed(TableReader spec, string name, List<LocatedValue> values)
    {
        var entry = spec.Entry("value");
        if (entry is null)
        {
            spec.Missing("value", " for type = \"fixed\"");
            return null;
        }

        var value = ScalarValue(entry.Value, spec.PathOf("value"), "a fixed value", spec.Diagnostics);
        if (value is null)
        {
            return null;
        }

        values.Add(new LocatedValue(value.Value, entry.Value.Location));
        return new FixedParameter(name, value.Value);
    }
}
