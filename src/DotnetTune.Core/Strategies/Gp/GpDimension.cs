using DotnetTune.Space;

namespace DotnetTune.Strategies.Gp;

internal enum DimensionKind
{
    /// <summary>A float without a step: any point of [0, 1].</summary>
    Continuous,

    /// <summary>An int, a float with a step or an ordered list of numbers: a grid.</summary>
    Discrete,

    /// <summary>An unordered list: the choice's index, compared only for equality.</summary>
    Categorical,
}

/// <summary>One coordinate of the GP's input: how a tuned parameter is encoded, decoded.</summary>
internal sealed class GpDimension
{
    /// <summary>Where an inactive numeric parameter sits; inactive categories take -1.</summary>
    public const double InactiveNumeric = 0.5;

    private readonly NumericCodec? _numeric;
    private readonly CategoricalParameter? _choices;

    private GpDimension(
        Parameter parameter,
        DimensionKind kind,
        NumericCodec? numeric,
        CategoricalParameter? choices)
    {
        Parameter = parameter;
        Kind = kind;
        _numeric = numeric;
        _choices = choices;
    }

    public Parameter Parameter { get; }

    public DimensionKind Kind { get; }

    public int ChoiceCount => _choices?.Choices.Count ?? 0;

    /// <summary>How many values a discrete or categorical coordinate has (0: continuous).</summary>
    public long GridCount => _choices is not null ? ChoiceCount : (Parameter.GridCount ?? 0);

    /// <summary>The choice index a uniform draw u in [0, 1) stands for.</summary>
    public int ChoiceAt(double unit) => Math.Min((int)(unit * ChoiceCount), ChoiceCount - 1);

    public static GpDimension? For(Parameter parameter)
    {
        if (NumericCodec.For(parameter) is { } codec)
        {
            var numericKind = codec.IsDiscrete ? DimensionKind.Discrete : DimensionKind.Continuous;
            return new GpDimension(parameter, numericKind, codec, null);
        }

        if (parameter is not CategoricalParameter categorical)
        {
            return null;
        }

        var ordinal = categorical.IsOrdered && categorical.Choices.Count > 1;
        var kind = ordinal ? DimensionKind.Discrete : DimensionKind.Categorical;
        return new GpDimension(parameter, kind, null, categorical);
    }

    public double Inactive => Kind == DimensionKind.Categorical ? -1 : InactiveNumeric;

    public double Encode(ParameterValue value)
    {
        if (_numeric is not null)
        {
            return value.IsNumeric ? _numeric.Encode(value) : InactiveNumeric;
        }

        var index = _choices!.IndexOf(value);
        if (Kind == DimensionKind.Categorical || index < 0)
        {
            return index < 0 ? Inactive : index;
        }

        return index / (double)(ChoiceCount - 1);
    }

    public ParameterValue Decode(double encoded)
    {
        if (_numeric is not null)
        {
            return _numeric.Decode(encoded);
        }

        var index = Kind == DimensionKind.Categorical
            ? (int)encoded
            : (int)Math.Round(Math.Clamp(encoded, 0, 1) * (ChoiceCount - 1));
        return _choices!.Choices[Math.Clamp(index, 0, ChoiceCount - 1)];
    }

    /// <summary>The grid points next to a discrete value (the value itself at an end).</summary>
    public (double Below, double Above) Neighbours(double encoded)
    {
        if (_numeric is not null)
        {
            var (low, high) = _numeric.Bin(encoded);
            return (_numeric.Snap(low - 1e-9), _numeric.Snap(high + 1e-9));
        }

        var step = 1.0 / (ChoiceCount - 1);
        return (Math.Max(0, encoded - step), Math.Min(1, encoded + step));
    }
}
