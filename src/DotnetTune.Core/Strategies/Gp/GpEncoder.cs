using DotnetTune.Space;

namespace DotnetTune.Strategies.Gp;

/// <summary>
/// Encodes configurations as points for the GP: one coordinate per tuned parameter, numbers in
/// [0, 1] of their own scale, categories as indices. Inactive parameters take a fixed value, so
/// conditional spaces work, if crudely.
/// </summary>
internal sealed class GpEncoder
{
    private readonly SearchSpace _space;
    private readonly Dictionary<string, int> _indexByName;

    public GpEncoder(SearchSpace space)
    {
        _space = space;
        Dimensions = space.Parameters.Select(GpDimension.For).OfType<GpDimension>().ToList();
        _indexByName = Dimensions
            .Select((d, i) => (d.Parameter.Name, i))
            .ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        IsCategorical = Dimensions.Select(d => d.Kind == DimensionKind.Categorical).ToArray();
    }

    public IReadOnlyList<GpDimension> Dimensions { get; }

    public bool[] IsCategorical { get; }

    public double[] Encode(Configuration configuration)
    {
        var point = new double[Dimensions.Count];
        for (var d = 0; d < point.Length; d++)
        {
            var dimension = Dimensions[d];
            point[d] = configuration.TryGetValue(dimension.Parameter.Name, out var value)
                ? dimension.Encode(value)
                : dimension.Inactive;
        }

        return point;
    }

    public Configuration Decode(double[] point) => _space.Build((parameter, _) =>
        parameter is FixedParameter fixedParameter
            ? fixedParameter.Value
            : Dimensions[_indexByName[parameter.Name]].Decode(point[_indexByName[parameter.Name]]));

    /// <summary>The nearest point that is a configuration (grid values, inactive values).</summary>
    public double[] Snap(double[] point) => Encode(Decode(point));

    /// <summary>Which coordinates are active at a (snapped) point.</summary>
    public bool[] ActiveAt(double[] point)
    {
        var configuration = Decode(point);
        return Dimensions.Select(d => configuration.ContainsKey(d.Parameter.Name)).ToArray();
    }
}
