namespace DotnetTune.Core.Tests.Manifest;

/// <summary>
/// Malformed manifests, each with a fragment of the expected error message, its 1-based line and
/// column, and how many errors the whole manifest has (-1: any number, for TOML syntax errors
/// where the parser may add follow-on errors). The cases live in MalformedCases.*.cs by topic;
/// their line numbers count the lines of <see cref="Manifests"/> heads they start with.
/// </summary>
public static partial class MalformedCases
{
    private const string Thousand = "type = \"int\", low = 1, high = 1000";

    /// <summary>Cases whose text is easier to build in code than to write out.</summary>
    public static TheoryData<string, string, string, int, int, int> Built { get; } = new()
    {
        {
            "a name of 200 characters",
            Manifests.Core + "[parameters]\n" + new string('a', 200) + " = 1\n",
            "is 200 characters long; at most 64", 12, 1, 1
        },
        {
            "a grid of 40 parameters with 1000 values each is counted, not enumerated",
            Manifests.Head + "[search]\nstrategy = \"grid\"\ntrials = 1000\n[parameters]\n" +
            string.Concat(Enumerable.Range(0, 40).Select(i => $"p{i} = {{ {Thousand} }}\n")),
            "the grid has 1.0e120 points but trials = 1000: remove values, or use strategy = \"random\"",
            11, 10, 1
        },
    };

    public static TheoryData<string, string, string, int, int, int> All
    {
        get
        {
            var all = new TheoryData<string, string, string, int, int, int>();
            foreach (var set in new[] { Toml, Sections, Trial, Parameters, Conditions, Search, Template, Built })
            {
                foreach (var row in set)
                {
                    all.Add((string)row[0], (string)row[1], (string)row[2], (int)row[3], (int)row[4],
                        (int)row[5]);
                }
            }

            return all;
        }
    }
}
