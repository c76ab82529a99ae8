namespace DotnetTune.Space;

/// <summary>
/// An integer in [Low, High] on the points Low + k * Step. On a log scale values are drawn
/// log-uniformly and rounded to the nearest point.
/// </summary>
public sealed record IntParameter(string Name, long Low, long High, bool Log = false, long Step = 1)
    : Parameter(Name)
{
    public override ValueKind ValueKind => ValueKind.Int;

    public override bool IsDiscrete => true;

    public override long? GridCount => (long)(((Int128)High - Low) / Step) + 1;

    /// <summary>The largest value on the step grid; below High when High is off the step.</summary>
    public long LastOnStep => Low + (GridCount!.Value - 1) * Step;

    public override ParameterValue GridValue(long index) => ParameterValue.Of(Low + index * Step);

    public override ParameterValue Sample(Random random)
    {
        if (!Log)
        {
            return GridValue(random.NextInt64(GridCount!.Value));
        }

        return ParameterValue.Of(FromUnit(random.NextDouble()));
    }

    /// <summary>Maps u in [0, 1] to an integer on the step grid, in the parameter's scale.</summary>
    public long FromUnit(double unit)
    {
        // Widen by half a step on each side so the end points get their fair share.
        double value;
        if (Log)
        {
            var logLow = Math.Log(Math.Max(Low - 0.5, 0.5));
            var logHigh = Math.Log(LastOnStep + 0.5);
            value = Math.Exp(logLow + unit * (logHigh - logLow));
        }
        else
        {
            value = Low - 0.5 * Step + unit * (LastOnStep - Low + Step);
        }

        return Quantize(value);
    }

    /// <summary>Maps an integer to [0, 1] in the parameter's scale (inverse of FromUnit's centre).</summary>
    public double ToUnit(double value)
    {
        if (Log)
        {
            var logLow = Math.Log(Math.Max(Low - 0.5, 0.5));
            var logHigh = Math.Log(LastOnStep + 0.5);
            return (Math.Log(Math.Max(value, 0.5)) - logLow) / (logHigh - logLow);
        }

        return (value - (Low - 0.5 * Step)) / (LastOnStep - Low + Step);
    }

    /// <summary>Rounds to the nearest point on the step grid, within bounds.</summary>
    public long Quantize(double value)
    {
        var index = (long)Math.Round((value - Low) / Step);
        return Low + Math.Clamp(index, 0, GridCount!.Value - 1) * Step;
    }

    public override string Describe()
    {
        var scale = Log ? "log" : "linear";
        var step = Step != 1 ? $" step {Step}" : "";
        return $"int [{Low}, {High}] {scale}{step}{DescribeCondition()}";
    }
}
