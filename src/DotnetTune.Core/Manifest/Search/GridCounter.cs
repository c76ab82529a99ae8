using System.Globalization;
using System.Numerics;
using DotnetTune.Space;

namespace DotnetTune.Manifest.Search;

/// <summary>
/// Counts the grid with <see cref="SearchSpace.GridSize"/> (only valid conditional combinations,
/// never enumerated). Counting walks the values of each parameter that others depend on, so when
/// such a parent has more than <see cref="MaxParentValues"/> values its count is the answer's lower bound.
/// </summary>
internal static class GridCounter
{
    public const long MaxParentValues = 10_000_000;

    /// <returns>The grid size (exact, or a lower bound), or null when a parameter is continuous.</returns>
    public static (BigInteger Size, bool Exact)? Count(SearchSpace space)
    {
        if (!space.IsDiscrete)
        {
            return null;
        }

        var parents = space.Parameters.Select(p => p.Condition?.Parent).OfType<string>().ToHashSet();
        var largestParent = space.Parameters
            .Where(p => parents.Contains(p.Name))
            .Select(p => p.GridCount ?? 0)
            .DefaultIfEmpty(0)
            .Max();
        return largestParent > MaxParentValues
            ? (largestParent, false)
            : (space.GridSize()!.Value, true);
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
}
