namespace DotnetTune.Space;

/// <summary>How a condition compares its parent parameter's value.</summary>
public enum ConditionOperator
{
    /// <summary>The parent's value is one of <see cref="Condition.Values"/>.</summary>
    In,
    NotIn,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
}

/// <summary>
/// Makes a parameter active only when another parameter (its parent) has certain values,
/// e.g. momentum only when optimizer is "sgd", or units3 only when layers >= 3.
/// </summary>
public sealed record Condition(string Parent, ConditionOperator Operator, IReadOnlyList<ParameterValue> Values)
{
    public bool IsSatisfiedBy(ParameterValue parentValue) => Operator switch
    {
        ConditionOperator.In => Values.Any(v => ValuesEqual(v, parentValue)),
        ConditionOperator.NotIn => !Values.Any(v => ValuesEqual(v, parentValue)),
        _ => parentValue.IsNumeric && Compare(parentValue.AsDouble(), Values[0].AsDouble()),
    };

    public override string ToString()
    {
        var values = string.Join(", ", Values.Select(v => v.ToLiteral()));
        return Operator switch
        {
            ConditionOperator.In when Values.Count == 1 => $"{Parent} == {values}",
            ConditionOperator.In => $"{Parent} in [{values}]",
            ConditionOperator.NotIn => $"{Parent} not in [{values}]",
            ConditionOperator.GreaterThan => $"{Parent} > {values}",
            ConditionOperator.GreaterOrEqual => $"{Parent} >= {values}",
            ConditionOperator.LessThan => $"{Parent} < {values}",
            _ => $"{Parent} <= {values}",
        };
    }

    /// <summary>Equal when parent, operator and values are (the list's contents, not its identity).</summary>
    public bool Equals(Condition? other) =>
        other is not null && Parent == other.Parent && Operator == other.Operator && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Parent, Operator, Values.Count);

    /// <summary>Equality across Int and Float (2 equals 2.0); other kinds must match exactly.</summary>
    public static bool ValuesEqual(ParameterValue a, ParameterValue b) =>
        a.IsNumeric && b.IsNumeric ? a.AsDouble() == b.AsDouble() : a == b;

    private bool Compare(double value, double bound) => Operator switch
    {
        ConditionOperator.GreaterThan => value > bound,
        ConditionOperator.GreaterOrEqual => value >= bound,
        ConditionOperator.LessThan => value < bound,
        _ => value <= bound,
    };
}
