using DotnetTune.Space;

namespace DotnetTune.Strategies;

/// <summary>
/// Maps a float or int parameter to [0, 1] in its own scale (log for log parameters) and back,
/// rounding to the parameter's integer or step grid on the way back.
/// </summary>
internal sealed class NumericCodec
{
    private readonly FloatParameter? _float;
    private readonly IntParameter? _int;

    private NumericCodec(
        Parameter parameter, FloatParameter? floatParameter, IntParameter? intParameter)
    {
        Parameter = parameter;
        _float = floatParameter;
        _int = intParameter;
    }

    public Parameter Parameter { get; }

    /// <summary>True when only grid points can be proposed (ints, floats with a step).</summary>
    public bool IsDiscrete => _int is not null || _float!.Step is not null;

    public static NumericCodec? For(Parameter parameter) => parameter switch
    {
        FloatParameter f => new NumericCodec(f, f, null),
        IntParameter i => new NumericCodec(i, null, i),
        _ => null,
    };

    public double Encode(ParameterValue value) => ToUnit(value.AsDouble());

    public ParameterValue Decode(double unit)
    {
        var clamped = Math.Clamp(double.IsNaN(unit) ? 0.5 : unit, 0, 1);
        if (_int is { } intParameter)
        {
            return ParameterValue.Of(intParameter.FromUnit(clamped));
        }

        return ParameterValue.Of(_float!.Quantize(_float.FromUnit(clamped)));
    }

    /// <summary>The unit position of the grid point nearest <paramref name="unit"/>.</summary>
    public double Snap(double unit) => IsDiscrete ? Encode(Decode(unit)) : Math.Clamp(unit, 0, 1);

    /// <summary>
    /// The unit interval of values that round to the same grid point as <paramref name="unit"/>;
    /// a single point for continuous parameters.
    /// </summary>
    public (double Low, double High) Bin(double unit)
    {
        if (!IsDiscrete)
        {
            return (unit, unit);
        }

        var value = Decode(unit).AsDouble();
        var half = 0.5 * (_int?.Step ?? _float!.Step!.Value);
        return (ToUnit(value - half), ToUnit(value + half));
    }

    /// <summary>[0, 1] position of a value, clamped; what a log scale can't hold maps to 0.</summary>
    private double ToUnit(double value)
    {
        var unit = _int is { } intParameter
            ? intParameter.ToUnit(value)
            : (_float!.Log && value <= 0 ? 0 : _float.ToUnit(value));
        return double.IsNaN(unit) ? 0 : Math.Clamp(unit, 0, 1);
    }
}
