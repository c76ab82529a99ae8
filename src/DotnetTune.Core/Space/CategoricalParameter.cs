namespace DotnetTune.Space;

/// <summary>
/// One of a list of values (strings, numbers or booleans). Each value keeps its own TOML type.
/// Also used for `bool` parameters (choices false and true) and explicit value lists for grids.
/// </summary>
public sealed record CategoricalParameter(string Name, IReadOnlyList<ParameterValue> Choices)
    : Parameter(Name)
{
    public override ValueKind ValueKind =>
        Choices.Select(c => c.Kind).Distinct().Count() == 1 ? Choices[0].Kind
        : Choices.All(c => c.IsNumeric) ? ValueKind.Float
        : ValueKind.String;

    /// <summary>True when the choices are numbers listed in increasing order (an ordinal list).</summary>
    public bool IsOrdered =>
        Choices.All(c => c.IsNumeric) &&
        Choices.Zip(Choices.Skip(1)).All(p => p.First.AsDouble() < p.Second.AsDouble());

    public override bool IsDiscrete => true;

    public override long? GridCount => Choices.Count;

    public override ParameterValue GridValue(long index) => Choices[(int)index];

    public override ParameterValue Sample(Random random) => Choices[random.Next(Choices.Count)];

    public int IndexOf(ParameterValue value)
    {
        for (var i = 0; i < Choices.Count; i++)
        {
            if (Condition.ValuesEqual(Choices[i], value))
            {
                return i;
            }
        }

        return -1;
    }

    public override string Describe()
    {
        var values = string.Join(", ", Choices.Select(c => c.ToLiteral()));
        return $"choice [{values}]{DescribeCondition()}";
    }

    public bool Equals(CategoricalParameter? other) =>
        other is not null && Name == other.Name && Condition == other.Condition &&
        Choices.SequenceEqual(other.Choices);

    public override int GetHashCode() => HashCode.Combine(Name, Choices.Count);
}
