namespace DotnetTune.Space;

/// <summary>
/// A real number in [Low, High], on a linear or log scale. With a step it is quantized to
/// Low + k * Step, computed in decimal so that grid values print exactly (0.9, not 0.9000000000000001).
/// </summary>
public sealed record FloatParameter(string Name, double Low, double High, bool Log = false, double? Step = null)
    : Parameter(Name)
{
    public override ValueKind ValueKind => ValueKind.Float;

    public override bool IsDiscrete => Step is not null;

    public override long? GridCount => Step is { } step ? StepCount(Low, High, step) : null;

    public override ParameterValue GridValue(long index)
    {
        var step = Step ?? throw new InvalidOperationException($"{Name} has no step");
        return ParameterValue.Of(OnStep(index, step));
    }

    public override ParameterValue Sample(Random random)
    {
        if (Step is not null)
        {
            return GridValue(random.NextInt64(GridCount!.Value));
        }

        var unit = random.NextDouble();
        return ParameterValue.Of(FromUnit(unit));
    }

    /// <summary>Maps u in [0, 1] to the range in the parameter's scale.</summary>
    public double FromUnit(double unit)
    {
        if (Log)
        {
            var logLow = Math.Log(Low);
            return Math.Clamp(Math.Exp(logLow + unit * (Math.Log(High) - logLow)), Low, High);
        }

        return Math.Clamp(Low + unit * (High - Low), Low, High);
    }

    /// <summary>Maps a value to [0, 1] in the parameter's scale.</summary>
    public double ToUnit(double value) => Log
        ? (Math.Log(value) - Math.Log(Low)) / (Math.Log(High) - Math.Log(Low))
        : (value - Low) / (High - Low);

    /// <summary>Rounds a value to the nearest point on the step grid (identity without a step).</summary>
    public double Quantize(double value)
    {
        if (Step is not { } step)
        {
            return Math.Clamp(value, Low, High);
        }

        var index = (long)Math.Round((value - Low) / step);
        return OnStep(Math.Clamp(index, 0, GridCount!.Value - 1), step);
    }

    public override string Describe()
    {
        var scale = Log ? "log" : "linear";
        var step = Step is { } s ? $" step {ParameterValue.FormatFloat(s)}" : "";
        var range = $"[{ParameterValue.FormatFloat(Low)}, {ParameterValue.FormatFloat(High)}]";
        return $"float {range} {scale}{step}{DescribeCondition()}";
    }

    /// <summary>Number of points Low + k*Step that do not pass High (High included when on the step).</summary>
    public static long StepCount(double low, double high, double step)
    {
        var span = (decimal)high - (decimal)low;
        return (long)decimal.Floor(span / (decimal)step) + 1;
    }

    private double OnStep(long index, double step) => (double)((decimal)Low + index * (decimal)step);
}
