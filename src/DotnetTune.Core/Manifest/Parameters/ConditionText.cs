using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>A condition string read into its parts, or the reason it could not be read.</summary>
internal sealed record ParsedCondition(
    string? Parent,
    ConditionOperator Operator,
    IReadOnlyList<ParameterValue>? Values,
    string? Error);

/// <summary>
/// Reads "parent OP value": OP is ==, !=, >=, >, &lt;=, &lt;, in or not in; the value is a number,
/// a quoted string, true/false, a bare word (a string), or for in / not in a list [a, b].
/// </summary>
internal static class ConditionText
{
    private const string Usage =
        " (write \"parent OP value\" with OP one of ==, !=, >=, >, <=, <, in, not in, " +
        "e.g. \"layers >= 3\" or \"optimizer in ['sgd', 'rmsprop']\")";

    public static ParsedCondition Parse(string text)
    {
        var scanner = new ConditionScanner(text);
        var parent = scanner.ReadIdentifier();
        if (parent is null)
        {
            return Fail("it must start with the parent parameter's name" + Usage);
        }

        var op = scanner.ReadOperator();
        if (op is null)
        {
            return Fail($"expected an operator after '{parent}'" + Usage);
        }

        var (values, isList, error) = scanner.ReadValues();
        if (error is not null)
        {
            return Fail(error + Usage);
        }

        if (!scanner.AtEnd)
        {
            return Fail($"unexpected text after the value: '{scanner.Rest}'" + Usage);
        }

        return Build(parent, op, values!, isList);
    }

    private static ParsedCondition Build(
        string parent, string op, IReadOnlyList<ParameterValue> values, bool isList)
    {
        if (isList && op is not ("in" or "not in"))
        {
            return Fail($"a list of values needs 'in' or 'not in', not '{op}'");
        }

        var comparison = op switch
        {
            ">" => ConditionOperator.GreaterThan,
            ">=" => ConditionOperator.GreaterOrEqual,
            "<" => ConditionOperator.LessThan,
            "<=" => ConditionOperator.LessOrEqual,
            _ => (ConditionOperator?)null,
        };
        if (comparison is { } compare)
        {
            return values[0].IsNumeric
                ? new ParsedCondition(parent, compare, values, null)
                : Fail($"'{op}' compares numbers, got {values[0].ToLiteral()}");
        }

        var kind = op is "==" or "in" ? ConditionOperator.In : ConditionOperator.NotIn;
        return new ParsedCondition(parent, kind, values, null);
    }

    private static ParsedCondition Fail(string error) => new(null, ConditionOperator.In, null, error);
}
