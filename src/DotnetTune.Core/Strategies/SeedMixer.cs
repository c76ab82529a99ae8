using System.Text;

namespace DotnetTune.Strategies;

/// <summary>
/// Derives independent, stable seeds from a study seed (SplitMix64). Unlike HashCode.Combine it
/// gives the same result in every process, which resuming a study depends on.
/// </summary>
public static class SeedMixer
{
    public static int Mix(long seed, long index, string purpose = "")
    {
        var state = (ulong)seed ^ Step((ulong)index + 0x9E3779B97F4A7C15UL);
        foreach (var b in Encoding.UTF8.GetBytes(purpose))
        {
            state = Step(state ^ b);
        }

        return (int)(Step(state) & 0x7FFFFFFF);
    }

    private static ulong Step(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
