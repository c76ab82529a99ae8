using System.Globalization;
using DotnetTune.Manifest;
using DotnetTune.Space;
using Scriban.Runtime;

namespace DotnetTune.Templates;

/// <summary>
/// The functions templates call: `cs_string v` and `cs_literal v` write a value as a C#
/// literal, `has_value "name"` tells whether this trial has a value for a parameter (false for
/// a conditional parameter that is inactive, or one the study leaves at the template default).
/// A wrong argument is an error at the call, never an empty string in the code.
/// </summary>
internal static class TemplateFunctions
{
    /// <param name="known">The parameter names of the study and the template, for has_value.</param>
    public static void ImportInto(
        ScriptObject model, Configuration values, IReadOnlySet<string> known)
    {
        model.Import("cs_string", new Func<object?, string>(v => CSharpLiteral.String(TextOf(v))));
        model.Import("cs_literal", new Func<object?, string>(CSharpLiteral.Of));
        model.Import("has_value", new Func<object?, bool>(name => HasValue(name, values, known)));
    }

    private static bool HasValue(object? name, Configuration values, IReadOnlySet<string> known)
    {
        if (name is not string text)
        {
            throw new ArgumentException(
                "has_value takes a parameter name such as has_value \"momentum\", " +
                $"got {Describe(name)}");
        }

        if (!known.Contains(text))
        {
            var near = KeySuggester.DidYouMean(text, known.Order(StringComparer.Ordinal));
            throw new ArgumentException(
                $"has_value: neither the study nor the template has a parameter '{text}'{near}");
        }

        return values.ContainsKey(text);
    }

    private static string TextOf(object? value) => value switch
    {
        string text => text,
        ParameterValue parameter => parameter.ToString(),
        bool flag => flag ? "true" : "false",
        double number => ParameterValue.FormatFloat(number),
        IFormattable number when IsInteger(number) =>
            number.ToString(null, CultureInfo.InvariantCulture),
        float or decimal => ParameterValue.FormatFloat(
            Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException(
            $"cs_string takes a string, number or boolean, got {Describe(value)}"),
    };

    private static bool IsInteger(object value) =>
        value is int or long or short or byte or sbyte or ushort or uint or ulong;

    private static string Describe(object? value) => value switch
    {
        null => "null",
        ScriptObject => "an object",
        ScriptArray => "an array",
        _ => $"a {value.GetType().Name}",
    };
}
