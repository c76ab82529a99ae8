using System.Globalization;
using DotnetTune.Bench.Strategies.Objectives;

namespace DotnetTune.Bench.Strategies;

/// <summary>Prints the regret table beside Optuna's, the timing table, and PASS/MISS per target.</summary>
internal sealed class ReportPrinter(
    BenchOptions options,
    IReadOnlyList<Objective> objectives,
    IReadOnlyList<Sampler> samplers,
    IReadOnlyDictionary<(string, string, int), double[]> regrets,
    IReadOnlyDictionary<(string, string, int), double> timings)
{
    private const double TpeBudgetMs = 5;
    private const double GpBudgetMs = 100;
    private const double GpFactor = 3;
    private static readonly string[] GpTargetObjectives = ["Branin", "Hartmann6", "mixed"];

    public void PrintRegrets()
    {
        var headers = options.Checkpoints.Select(c => $"@{c} median [IQR] | Optuna");
        Console.WriteLine($"| objective | sampler | {string.Join(" | ", headers)} | target |");
        Console.WriteLine($"|---|---|{string.Concat(options.Checkpoints.Select(_ => "---|---|"))}---|");
        foreach (var objective in objectives)
        {
            foreach (var sampler in samplers)
            {
                var cells = options.Checkpoints.Select(c => Cell(objective.Name, sampler.Name, c));
                var target = Target(objective.Name, sampler.Name);
                Console.WriteLine($"| {objective.Name} | {sampler.Name} | {string.Join(" | ", cells)} | {target} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("Simple regret = best loss found minus the known optimum (lower is better).");
        Console.WriteLine("TPE-multi is shown beside Optuna's univariate TPE for information; it has no target.");
        Console.WriteLine();
    }

    public void PrintTimings()
    {
        Console.WriteLine("| sampler | objective | ms/suggestion @100 | ms/suggestion @500 | target |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var sampler in samplers)
        {
            foreach (var objective in objectives)
            {
                var at100 = timings[(objective.Name, sampler.Name, 100)];
                var at500 = timings[(objective.Name, sampler.Name, 500)];
                var budget = sampler.Name switch { "TPE" or "TPE-multi" => TpeBudgetMs, "GP" => GpBudgetMs, _ => 0 };
                var target = budget == 0 ? "" : $"< {budget} ms: {(at500 < budget ? "PASS" : "MISS")}";
                Console.WriteLine($"| {sampler.Name} | {objective.Name} | {at100:F2} | {at500:F2} | {target} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("Optuna per suggestion: TPE 1.4-3.7 ms, GP about 55 ms.");
    }

    private string Cell(string objective, string sampler, int checkpoint)
    {
        var summary = Median(objective, sampler, checkpoint);
        var reference = Reference.Median(objective, sampler, checkpoint);
        var ours = $"{Format(summary.Median)} [{Format(summary.Lower)}, {Format(summary.Upper)}]";
        return $"{ours} | {(reference is { } r ? Format(r) : "")}";
    }

    private string Target(string objective, string sampler)
    {
        var checks = options.Checkpoints.Where(c => c >= 50).ToArray();
        var limits = sampler switch
        {
            "TPE" => checks.Select(c => Reference.Median(objective, "TPE", c)).ToArray(),
            "GP" when GpTargetObjectives.Contains(objective) =>
                checks.Select(c => Reference.Median(objective, "GP", c) * GpFactor).ToArray(),
            "coarse-to-fine" when samplers.Any(s => s.Name == "random") =>
                checks.Select(c => (double?)Median(objective, "random", c).Median).ToArray(),
            _ => [],
        };
        if (limits.Length == 0 || limits.Any(l => l is null))
        {
            return "";
        }

        var label = sampler switch { "TPE" => "<= Optuna TPE", "GP" => "<= 3x Optuna GP", _ => "<= our random" };
        var pass = checks.Select((c, i) => Median(objective, sampler, c).Median <= limits[i]!.Value).All(p => p);
        return $"{label} @{string.Join(",", checks)}: {(pass ? "PASS" : "MISS")}";
    }

    private Summary Median(string objective, string sampler, int checkpoint)
    {
        var index = Array.IndexOf(options.Checkpoints, checkpoint);
        var values = Enumerable.Range(0, options.Seeds)
            .Select(seed => regrets[(objective, sampler, seed)][index])
            .ToList();
        return Summary.Of(values);
    }

    private static string Format(double value) =>
        value.ToString(Math.Abs(value) >= 1000 ? "F0" : "G3", CultureInfo.InvariantCulture);
}
