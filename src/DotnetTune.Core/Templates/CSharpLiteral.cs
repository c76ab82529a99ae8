using System.Globalization;
using System.Text;
using DotnetTune.Space;

namespace DotnetTune.Templates;

/// <summary>
/// Writes values as C# source literals. Templates must pass any value that reaches code through
/// these (cs_string, cs_literal), so that no value, whatever characters it holds, can change
/// the meaning of the rendered program.
/// </summary>
public static class CSharpLiteral
{
    /// <summary>A regular string literal in plain ASCII; any other character is a \u escape.</summary>
    public static string String(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c >= 0x20 && c < 0x7f => c.ToString(),
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>A literal of the value's own C# type: double, long, string or bool.</summary>
    public static string Of(object? value) => value switch
    {
        null => "null",
        string text => String(text),
        bool flag => flag ? "true" : "false",
        double number => Double(number),
        float number => Double(number),
        long integer => integer.ToString(CultureInfo.InvariantCulture) + "L",
        int integer => integer.ToString(CultureInfo.InvariantCulture) + "L",
        ParameterValue parameter => Of(ToClr(parameter)),
        _ => throw new ArgumentException($"no C# literal for a {value.GetType().Name}"),
    };

    /// <summary>The C# type a parameter of this kind has in a trial.</summary>
    public static string TypeOf(ValueKind kind) => kind switch
    {
        ValueKind.Float => "double",
        ValueKind.Int => "long",
        ValueKind.String => "string",
        _ => "bool",
    };

    public static object ToClr(ParameterValue value) => value.Kind switch
    {
        ValueKind.Float => value.AsDouble(),
        ValueKind.Int => value.AsLong(),
        ValueKind.String => value.AsString(),
        _ => value.AsBool(),
    };

    private static string Double(double value)
    {
        if (double.IsNaN(value))
        {
            return "double.NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
        }

        return ParameterValue.FormatFloat(value);
    }
}
