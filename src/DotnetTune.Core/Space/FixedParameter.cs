namespace DotnetTune.Space;

/// <summary>A value set once in the manifest and passed to every trial; not tuned.</summary>
public sealed record FixedParameter(string Name, ParameterValue Value) : Parameter(Name)
{
    public override ValueKind ValueKind => Value.Kind;

    public override bool IsDiscrete => true;

    public override long? GridCount => 1;

    public override ParameterValue GridValue(long index) => Value;

    public override ParameterValue Sample(Random random) => Value;

    public override string Describe() => $"fixed {Value.ToLiteral()}{DescribeCondition()}";
}
