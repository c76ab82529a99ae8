namespace DotnetTune.Strategies.Gp;

/// <summary>
/// Randomly shifted Halton points in [0, 1]^d: spread more evenly than independent draws.
/// Coordinates past the listed primes are drawn independently.
/// </summary>
internal static class HaltonPoints
{
    private static readonly int[] Primes =
    [
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89,
        97,
    ];

    /// <summary><paramref name="count"/> consecutive points from a random place.</summary>
    public static double[][] Generate(int count, int dimensions, Random random)
    {
        var shifts = Enumerable.Range(0, dimensions).Select(_ => random.NextDouble()).ToArray();
        var skip = random.Next(1, 1000);
        return Enumerable.Range(0, count).Select(i => Point(i + skip, shifts, random)).ToArray();
    }

    /// <summary>Point <paramref name="index"/> (from 1) shifted by the given amounts.</summary>
    public static double[] Point(int index, double[] shifts, Random extra)
    {
        var point = new double[shifts.Length];
        for (var d = 0; d < point.Length; d++)
        {
            var value = d < Primes.Length ? RadicalInverse(index, Primes[d]) : extra.NextDouble();
            point[d] = (value + shifts[d]) % 1.0;
        }

        return point;
    }

    private static double RadicalInverse(int index, int radix)
    {
        var result = 0.0;
        var fraction = 1.0 / radix;
        while (index > 0)
        {
            result += index % radix * fraction;
            index /= radix;
            fraction /= radix;
        }

        return result;
    }
}
