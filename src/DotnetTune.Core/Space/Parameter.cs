namespace DotnetTune.Space;

/// <summary>
/// One dimension of a search space. <see cref="Condition"/>, when set, makes it active only for
/// some values of another parameter.
/// </summary>
public abstract record Parameter(string Name)
{
    public Condition? Condition { get; init; }

    /// <summary>The kind of value this parameter produces.</summary>
    public abstract ValueKind ValueKind { get; }

    /// <summary>True when the parameter has a finite list of values (usable in a grid).</summary>
    public abstract bool IsDiscrete { get; }

    /// <summary>How many values a grid takes for this parameter, or null when continuous.</summary>
    public abstract long? GridCount { get; }

    /// <summary>The i-th grid value, 0 &lt;= i &lt; <see cref="GridCount"/>.</summary>
    public abstract ParameterValue GridValue(long index);

    /// <summary>Draws one value, uniformly in the parameter's own scale.</summary>
    public abstract ParameterValue Sample(Random random);

    /// <summary>A one-line description for `validate` and the report.</summary>
    public abstract string Describe();

    public IEnumerable<ParameterValue> GridValues()
    {
        var count = GridCount ?? throw new InvalidOperationException($"{Name} is continuous");
        for (long i = 0; i < count; i++)
        {
            yield return GridValue(i);
        }
    }

    protected string DescribeCondition() => Condition is null ? "" : $" when {Condition}";
}
