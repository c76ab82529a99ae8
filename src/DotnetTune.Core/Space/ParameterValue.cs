using System.Globalization;
using System.Text.Json;

namespace DotnetTune.Space;

/// <summary>The TOML type a parameter value keeps from the manifest to the trial.</summary>
public enum ValueKind
{
    Float,
    Int,
    String,
    Bool,
}

/// <summary>
/// One typed parameter value. It keeps its kind everywhere (JSON, C#, report), and floats are
/// written in their shortest round-trip form, so 0.9 never becomes 0.9000000000000001.
/// </summary>
public readonly record struct ParameterValue
{
    private ParameterValue(ValueKind kind, double number, long integer, string? text, bool flag)
    {
        Kind = kind;
        Number = number;
        Integer = integer;
        Text = text;
        Flag = flag;
    }

    public ValueKind Kind { get; }

    private double Number { get; }

    private long Integer { get; }

    private string? Text { get; }

    private bool Flag { get; }

    public static ParameterValue Of(double value) => new(ValueKind.Float, value, 0, null, false);

    public static ParameterValue Of(long value) => new(ValueKind.Int, 0, value, null, false);

    public static ParameterValue Of(string value) => new(ValueKind.String, 0, 0, value, false);

    public static ParameterValue Of(bool value) => new(ValueKind.Bool, 0, 0, null, value);

    public bool IsNumeric => Kind is ValueKind.Float or ValueKind.Int;

    /// <summary>The value as a double; valid for Float and Int.</summary>
    public double AsDouble() => Kind switch
    {
        ValueKind.Float => Number,
        ValueKind.Int => Integer,
        _ => throw new InvalidOperationException($"{Kind} value is not numeric"),
    };

    public long AsLong() => Kind == ValueKind.Int
        ? Integer
        : throw new InvalidOperationException($"{Kind} value is not an integer");

    public string AsString() => Kind == ValueKind.String
        ? Text!
        : throw new InvalidOperationException($"{Kind} value is not a string");

    public bool AsBool() => Kind == ValueKind.Bool
        ? Flag
        : throw new InvalidOperationException($"{Kind} value is not a bool");

    /// <summary>Plain text for people: 0.001, 64, adam, true.</summary>
    public override string ToString() => Kind switch
    {
        ValueKind.Float => FormatFloat(Number),
        ValueKind.Int => Integer.ToString(CultureInfo.InvariantCulture),
        ValueKind.String => Text!,
        _ => Flag ? "true" : "false",
    };

    /// <summary>The value as TOML or JSON would write it (strings quoted).</summary>
    public string ToLiteral() => Kind == ValueKind.String
        ? JsonSerializer.Serialize(Text)
        : ToString();

    public void WriteTo(Utf8JsonWriter writer)
    {
        switch (Kind)
        {
            case ValueKind.Float when double.IsFinite(Number):
                writer.WriteRawValue(FormatFloat(Number));
                break;
            case ValueKind.Float:
                writer.WriteStringValue(FormatFloat(Number));
                break;
            case ValueKind.Int:
                writer.WriteNumberValue(Integer);
                break;
            case ValueKind.String:
                writer.WriteStringValue(Text);
                break;
            default:
                writer.WriteBooleanValue(Flag);
                break;
        }
    }

    /// <summary>Reads a JSON value back; integers stay Int, other numbers become Float.</summary>
    public static ParameterValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number when element.TryGetInt64(out var integer) && !IsFloatText(element)
            => Of(integer),
        JsonValueKind.Number => Of(element.GetDouble()),
        JsonValueKind.String => Of(element.GetString()!),
        JsonValueKind.True => Of(true),
        JsonValueKind.False => Of(false),
        _ => throw new FormatException($"unsupported JSON value {element.ValueKind}"),
    };

    /// <summary>Shortest text that reads back to the same double, always with a dot or exponent.</summary>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }

    private static bool IsFloatText(JsonElement element)
    {
        var raw = element.GetRawText();
        return raw.Contains('.') || raw.Contains('e') || raw.Contains('E');
    }
}
