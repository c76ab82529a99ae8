using System.Globalization;
using System.Numerics;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Search;

/// <summary>
/// Counts the grid with <see cref="SearchSpace.GridSize"/> (only valid conditional combinations,
/// never enumerated). That count still walks every value of each parameter others depend on, so
/// when the walk would take more than <see cref="MaxSteps"/> steps, the answer is a lower bound
/// instead: the largest parameter's own number of values.
/// </summary>
internal static class GridCounter
{
    public const long MaxSteps = 20_000_000;

    /// <returns>The grid size (exact, or a lower bound), or null when a parameter is continuous.</returns>
    public static (BigInteger Size, bool Exact)? Count(SearchSpace space)
    {
        if (!space.IsDiscrete)
        {
            return null;
        }

        var children = space.Parameters
            .Where(p => p.Condition is not null)
            .ToLookup(p => p.Condition!.Parent, StringComparer.Ordinal);
        var steps = space.Parameters
            .Where(p => p.Condition is null)
            .Aggregate(BigInteger.Zero, (sum, root) => sum + Steps(root, children));
        if (steps <= MaxSteps)
        {
            return (space.GridSize()!.Value, true);
        }

        return (space.Parameters.Max(p => p.GridCount ?? 1), false);
    }

    /// <summary>1,296 for sizes people read; 1.0e120 beyond 21 digits.</summary>
    public static string Format(BigInteger size)
    {
        var digits = size.ToString(CultureInfo.InvariantCulture);
        if (digits.Length <= 21)
        {
            return size.ToString("N0", CultureInfo.InvariantCulture);
        }

        return $"{digits[0]}.{digits[1]}e{digits.Length - 1}";
    }

    // Mirrors the work SearchSpace.GridSize does: each value of a parent visits every child.
    private static BigInteger Steps(Parameter parameter, ILookup<string, Parameter> children)
    {
        var own = children[parameter.Name].ToList();
        if (own.Count == 0)
        {
            return BigInteger.One;
        }

        var perValue = own.Aggregate(BigInteger.Zero, (sum, child) => sum + Steps(child, children));
        return (parameter.GridCount ?? 1) * perValue;
    }
}
