using DotnetTune.Space;

namespace DotnetTune.Trials;

/// <summary>One trial to run: a configuration with a seed, under an id that names its folder.</summary>
/// <param name="Id">Folder name: 0007, or 0007-s1 for the second seed of configuration 7.</param>
/// <param name="Number">0-based number of the configuration in the study.</param>
/// <param name="Repeat">0 for the first seed, 1.. for repeats with other seeds.</param>
public sealed record TrialRequest(string Id, int Number, int Repeat, long Seed, Configuration Configuration)
{
    public static string IdFor(int number, int repeat) =>
        repeat == 0 ? number.ToString("D4") : $"{number:D4}-s{repeat}";
}
