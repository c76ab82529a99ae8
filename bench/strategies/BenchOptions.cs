using System.Globalization;

namespace DotnetTune.Bench.Strategies;

/// <summary>
/// Command line: --seeds N (default 20), --quick (3 seeds, 50 trials, fewer timings),
/// --objective NAME and --sampler NAME to run one row of the table.
/// </summary>
internal sealed record BenchOptions(
    int Seeds, int Budget, int TimingRepeats, string? Objective, string? Sampler)
{
    public int[] Checkpoints => Reference.Checkpoints.Where(c => c <= Budget).ToArray();

    public static BenchOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var seeds = quick ? 3 : 20;
        string? objective = null;
        string? sampler = null;
        for (var i = 0; i + 1 < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seeds":
                    seeds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--objective":
                    objective = args[i + 1];
                    break;
                case "--sampler":
                    sampler = args[i + 1];
                    break;
            }
        }

        return new BenchOptions(Math.Max(1, seeds), quick ? 50 : 100, quick ? 2 : 5, objective, sampler);
    }

    public bool Includes(string name, string? filter) =>
        filter is null || name.Equals(filter, StringComparison.OrdinalIgnoreCase);
}
