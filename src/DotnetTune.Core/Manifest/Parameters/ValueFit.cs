using DotnetTune.Space;
using static System.FormattableString;

namespace DotnetTune.Manifest.Parameters;

/// <summary>
/// Decides whether a value is one a parameter can take: within the range and on the step, one of
/// the choices, or the fixed value. Used for conditions and for listed configurations.
/// </summary>
internal static class ValueFit
{
    /// <returns>The value as the parameter holds it (the choice itself, a float for a float range),
    /// or the reason it does not fit.</returns>
    public static (ParameterValue? Bound, string? Problem) Fit(
        Parameter parameter, ParameterValue value) =>
        parameter switch
        {
            FloatParameter range => FitFloat(range, value),
            IntParameter range => FitInt(range, value),
            CategoricalParameter choice => choice.IndexOf(value) is var index and >= 0
                ? (choice.Choices[index], null)
                : (null, $"{value.ToLiteral()} is not one of {List(choice.Choices)}"),
            FixedParameter fixedValue => Condition.ValuesEqual(fixedValue.Value, value)
                ? (fixedValue.Value, null)
                : (null, $"{parameter.Name} is fixed at {fixedValue.Value.ToLiteral()}, " +
                         $"got {value.ToLiteral()}"),
            _ => (null, $"{parameter.Name} has an unknown kind"),
        };

    /// <summary>The smallest and largest numeric value a parameter takes, or null when it is not numeric.</summary>
    public static (double Min, double Max)? NumericRange(Parameter parameter) => parameter switch
    {
        FloatParameter { Step: not null } range => (range.Low, LastOnStep(range)),
        FloatParameter range => (range.Low, range.High),
        IntParameter range => (range.Low, range.LastOnStep),
        CategoricalParameter choice when choice.Choices.All(c => c.IsNumeric) =>
            (choice.Choices.Min(c => c.AsDouble()), choice.Choices.Max(c => c.AsDouble())),
        FixedParameter { Value.IsNumeric: true } fixedValue =>
            (fixedValue.Value.AsDouble(), fixedValue.Value.AsDouble()),
        _ => null,
    };

    /// <summary>"a choice of strings", "an int range": what a parameter is, for messages.</summary>
    public static string KindText(Parameter parameter) => parameter switch
    {
        FloatParameter => "a float range",
        IntParameter => "an int range",
        CategoricalParameter { ValueKind: ValueKind.Bool } => "a bool",
        CategoricalParameter choice => $"a choice of {KindName(choice.ValueKind)}s",
        FixedParameter fixedValue => $"a fixed {KindName(fixedValue.ValueKind)}",
        _ => "a parameter",
    };

    public static string KindName(ValueKind kind) => kind switch
    {
        ValueKind.Int => "integer",
        ValueKind.Bool => "boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string List(IReadOnlyList<ParameterValue> values)
    {
        var shown = values.Take(10).Select(v => v.ToLiteral());
        var more = values.Count > 10 ? $", ... ({values.Count} values)" : "";
        return $"[{string.Join(", ", shown)}{more}]";
    }

    private static (ParameterValue?, string?) FitFloat(FloatParameter range, ParameterValue value)
    {
        if (!value.IsNumeric)
        {
            return (null, $"expected a number, got {value.ToLiteral()}");
        }

        var number = value.AsDouble();
        if (!(number >= range.Low && number <= range.High))
        {
            return (null, $"{value} is outside [{Show(range.Low)}, {Show(range.High)}]");
        }

        if (range.Step is { } step && ((decimal)number - (decimal)range.Low) % (decimal)step != 0)
        {
            var nearest = range.Quantize(number);
            return (null, $"{value} is not on the step {Show(step)} from {Show(range.Low)} " +
                          $"(nearest: {Show(nearest)})");
        }

        return (ParameterValue.Of(number), null);
    }

    private static (ParameterValue?, string?) FitInt(IntParameter range, ParameterValue value)
    {
        if (value.Kind != ValueKind.Int)
        {
            return (null, $"expected an integer, got {value.ToLiteral()}");
        }

        var integer = value.AsLong();
        if (integer < range.Low || integer > range.High)
        {
            return (null, Invariant($"{integer} is outside [{range.Low}, {range.High}]"));
        }

        if (((Int128)integer - range.Low) % range.Step != 0)
        {
            var below = range.Low + ((Int128)integer - range.Low) / range.Step * range.Step;
            var nearest = below + range.Step <= range.High
                ? Invariant($"{below}, {below + range.Step}")
                : Invariant($"{below}");
            var step = Invariant($"the step {range.Step} from {range.Low}");
            return (null, Invariant($"{integer} is not on {step} (nearest: {nearest})"));
        }

        return (value, null);
    }

    /// <summary>The largest value of a stepped float range; below High when High is off the step.</summary>
    public static double LastOnStep(FloatParameter range) =>
        range.GridValue(range.GridCount!.Value - 1).AsDouble();

    private static string Show(double value) => NumberText.Show(value);
}
