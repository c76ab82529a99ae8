using System.Text.RegularExpressions;
using DotnetTune.Manifest;
using DotnetTune.Manifest.Toml;
using DotnetTune.Space;

namespace DotnetTune.Templates;

/// <summary>
/// Reads one `[parameters]` entry of a template.toml: a table with a `default`, an optional
/// `type` (float, int, string or bool; taken from the default when left out), an optional
/// `description` and optional `choices`. The default and every choice must fit the type (an
/// integer fits a float and becomes one) and the choices must hold the default.
/// </summary>
internal static partial class TemplateParameterReader
{
    public static IReadOnlyList<string> Keys { get; } =
        ["type", "default", "description", "choices"];

    public static TemplateParameter? Read(TomlEntry entry, DiagnosticBag bag)
    {
        var path = $"parameters.{entry.Key}";
        var errorsBefore = bag.ErrorCount;
        if (!Identifier().IsMatch(entry.Key))
        {
            bag.Error(entry.KeyLocation, path,
                $"'{entry.Key}' is not a valid parameter name: start with a letter or '_', " +
                "then use only letters, digits and '_' (templates read it as a variable)");
        }

        if (entry.Value is not TomlTable table)
        {
            var got = entry.Value.Describe();
            bag.Error(entry.Value.Location, path,
                $"expected a table such as {{ type = \"float\", default = 0.1 }}, got {got}");
            return null;
        }

        var reader = new TableReader(table, path, bag);
        reader.ReportUnknownKeys(Keys);
        var declared = ReadType(reader);
        var description = reader.String("description") ?? "";
        var value = ReadDefault(reader, declared);
        var kind = declared ?? value?.Kind;
        var choices = kind is { } known ? ReadChoices(reader, known, declared is not null) : null;
        if (value is { } given && choices is not null)
        {
            RequireAmongChoices(reader, given, choices);
        }

        return bag.ErrorCount == errorsBefore && value is { } fitted
            ? new TemplateParameter(entry.Key, fitted.Kind, fitted, description, choices)
            : null;
    }

    private static void RequireAmongChoices(
        TableReader reader, ParameterValue value, List<ParameterValue> choices)
    {
        if (choices.Any(c => Condition.ValuesEqual(c, value)))
        {
            return;
        }

        var list = string.Join(", ", choices.Select(c => c.ToLiteral()));
        reader.Error(reader.Entry("default")!, $"{value.ToLiteral()} is not one of the choices [{list}]");
    }

    /// <returns>The declared kind; null when `type` is left out or is not one we know.</returns>
    private static ValueKind? ReadType(TableReader reader)
    {
        var entry = reader.Entry("type");
        if (entry is null)
        {
            return null;
        }

        var allowed = string.Join(", ", TemplateTypes.Names.Select(n => $"\"{n}\""));
        if (entry.Value is not TomlScalar { Kind: TomlKind.String, Value: string name })
        {
            reader.WrongType(entry, $"a string: one of {allowed}");
            return null;
        }

        if (TemplateTypes.KindOf(name) is { } kind)
        {
            return kind;
        }

        var near = TemplateTypes.Synonym(name) ?? KeySuggester.Nearest(name, TemplateTypes.Names);
        var hint = near is null ? "" : $"; did you mean \"{near}\"?";
        reader.Error(entry, $"\"{name}\" is not a parameter type: use one of {allowed}{hint}");
        return null;
    }

    private static ParameterValue? ReadDefault(TableReader reader, ValueKind? declared)
    {
        var entry = reader.Entry("default");
        if (entry is null)
        {
            reader.Missing("default", " (the value a trial gets when the study does not set it)");
            return null;
        }

        var rule = new KindRule(declared, "the type is", "the default");
        return Fit(reader, entry, entry.Value, rule);
    }

    private static List<ParameterValue>? ReadChoices(
        TableReader reader, ValueKind kind, bool declared)
    {
        var entry = reader.Entry("choices");
        if (entry is null)
        {
            return null;
        }

        if (entry.Value is not TomlArray { IsTableArray: false } array)
        {
            reader.WrongType(entry, $"an array of {TemplateTypes.NameOf(kind)} values");
            return null;
        }

        if (array.Items.Count == 0)
        {
            reader.Error(entry,
                "must list at least one value (leave choices out to accept any value)");
            return null;
        }

        var reason = declared ? "the type is" : "the default makes it";
        var rule = new KindRule(kind, reason, "each choice");
        var choices = new List<ParameterValue>();
        foreach (var item in array.Items)
        {
            if (Fit(reader, entry, item, rule) is not { } choice)
            {
                continue;
            }

            if (choices.Any(c => Condition.ValuesEqual(c, choice)))
            {
                reader.Diagnostics.Error(item.Location, reader.PathOf(entry.Key),
                    $"{choice.ToLiteral()} is listed twice");
                continue;
            }

            choices.Add(choice);
        }

        return choices.Count == array.Items.Count ? choices : null;
    }

    /// <summary>The value as the kind holds it (an integer becomes a float for a float), or null.
    /// </summary>
    private static ParameterValue? Fit(
        TableReader reader, TomlEntry entry, TomlNode node, KindRule rule)
    {
        var path = reader.PathOf(entry.Key);
        if ((node as TomlScalar)?.ToParameterValue() is not { } found)
        {
            reader.Diagnostics.Error(node.Location, path,
                $"{rule.What} must be a string, number or boolean, got {node.Describe()}");
            return null;
        }

        if (found.Kind == ValueKind.Float && !double.IsFinite(found.AsDouble()))
        {
            reader.Diagnostics.Error(node.Location, path,
                $"{rule.What} must be a finite number, got {found}");
            return null;
        }

        var expected = rule.Kind ?? found.Kind;
        if (found.Kind == expected)
        {
            return found;
        }

        if (expected == ValueKind.Float && found.Kind == ValueKind.Int)
        {
            return ParameterValue.Of(found.AsDouble());
        }

        var mismatch = rule.Mismatch(expected, found, node.Describe());
        reader.Diagnostics.Error(node.Location, path, mismatch);
        return null;
    }

    /// <summary>What a value must be, and how a message says why.</summary>
    /// <param name="Kind">The kind it must have; null when any kind goes.</param>
    /// <param name="Reason">"the type is": what the kind comes from.</param>
    /// <param name="What">"the default", "each choice": the value the message is about.</param>
    private sealed record KindRule(ValueKind? Kind, string Reason, string What)
    {
        public string Mismatch(ValueKind expected, ParameterValue found, string got)
        {
            var type = TemplateTypes.NameOf(expected);
            var article = type == "int" ? "an" : "a";
            var number = found.Kind == ValueKind.Float ? found.AsDouble() : double.NaN;
            var whole = Math.Abs(number) < 1e15 && number == Math.Floor(number);
            var hint = expected == ValueKind.Int && whole
                ? $" (write {NumberText.Show(number)} without the decimal point)"
                : "";
            var must = $"{What} must be {article} {type}";
            return $"{Reason} {article} {type}, so {must}, got {got}{hint}";
        }
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Identifier();
}
