using DotnetTune.Space;

namespace DotnetTune.Strategies.Tpe;

/// <summary>How TPE encodes one tuned parameter and builds its kernels.</summary>
internal sealed class TpeAxis
{
    private readonly NumericCodec? _numeric;
    private readonly CategoricalParameter? _categorical;

    private TpeAxis(Parameter parameter, NumericCodec? numeric, CategoricalParameter? categorical)
    {
        Parameter = parameter;
        _numeric = numeric;
        _categorical = categorical;
    }

    public Parameter Parameter { get; }

    /// <summary>The axis of a float, int or categorical parameter; null otherwise.</summary>
    public static TpeAxis? For(Parameter parameter) => parameter switch
    {
        CategoricalParameter c => new TpeAxis(c, null, c),
        _ when NumericCodec.For(parameter) is { } codec => new TpeAxis(parameter, codec, null),
        _ => null,
    };

    /// <summary>The parameter's encoded value in a configuration, if present and valid.</summary>
    public bool TryEncode(Configuration configuration, out double encoded)
    {
        encoded = 0;
        if (!configuration.TryGetValue(Parameter.Name, out var value))
        {
            return false;
        }

        if (_categorical is not null)
        {
            encoded = _categorical.IndexOf(value);
            return encoded >= 0;
        }

        if (!value.IsNumeric)
        {
            return false;
        }

        encoded = _numeric!.Encode(value);
        return true;
    }

    public ParameterValue Decode(double encoded) => _categorical is not null
        ? _categorical.Choices[(int)encoded]
        : _numeric!.Decode(encoded);

    public IKernelAxis BuildKernels(
        IReadOnlyList<double> observations, BandwidthRule rule, double priorWeight) =>
        _categorical is not null
            ? CategoricalKernels.Build(_categorical.Choices.Count, observations, priorWeight)
            : NumericKernels.Build(_numeric!, observations, rule);
}
