using System.Globalization;
using DotnetTune.Bench.Strategies.Objectives;

namespace DotnetTune.Bench.Strategies;

/// <summary>Prints the regret table beside Optuna's, the timing table and PASS/MISS per target.</summary>
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
        var rule = string.Concat(options.Checkpoints.Select(_ => "---|---|"));
        Console.WriteLine($"| objective | sampler | {string.Join(" | ", headers)} | target |");
        Console.WriteLine($"|---|---|{rule}---|");
        foreach (var objective in objectives)
        {
            foreach (var sampler in samplers)
            {
                var cells = options.Checkpoints.Select(c => Cell(objective.Name, sampler.Name, c));
                var target = Target(objective.Name, sampler.Name);
                var row = string.Join(" | ", cells);
                Console.WriteLine($"| {objective.Name} | {sampler.Name} | {row} | {target} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("Simple regret: best loss found minus the known optimum (lower is better).");
        Console.WriteLine("TPE runs with the manifest's defaults (multivariate = true: this benchmark");
        Console.WriteLine("showed it wins everywhere); TPE-uni is multivariate = false, one parameter");
        Console.WriteLine("at a time. Both are held to Optuna's TPE reference.");
        Console.WriteLine();
    }

    public void PrintTimings()
    {
        Console.WriteLine("| sampler | objective | ms/suggestion @100 | @500 | target |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var sampler in samplers)
        {
            foreach (var objective in objectives)
            {
                var at100 = timings[(objective.Name, sampler.Name, 100)];
                var at500 = timings[(objective.Name, sampler.Name, 500)];
                var target = TimeTarget(sampler.Name, at500);
                Console.WriteLine($"| {sampler.Name} | {objective.Name} | {at100:F2} | {at500:F2} | {target} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("Optuna per suggestion: TPE 1.4-3.7 ms, GP about 55 ms.");
    }

    private static string TimeTarget(string sampler, double at500)
    {
        var budget = sampler switch
        {
            "TPE" or "TPE-uni" => TpeBudgetMs,
            "GP" => GpBudgetMs,
            _ => 0,
        };
        return budget == 0 ? "" : $"@500 < {budget} ms: {(at500 < budget ? "PASS" : "MISS")}";
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
        var (label, limits) = Limits(objective, sampler, checks);
        if (limits.Length == 0 || limits.Any(l => l is null))
        {
            return "";
        }

        var pass = checks
            .Select((c, i) => Median(objective, sampler, c).Median <= limits[i]!.Value)
            .All(p => p);
        return $"{label} @{string.Join(",", checks)}: {(pass ? "PASS" : "MISS")}";
    }

    /// <summary>Each target's bound at each checkpoint; no bounds where a row has no target.</summary>
    private (string Label, double?[] Limits) Limits(string objective, string sampler, int[] checks)
    {
        double? Optuna(string model, int c, double factor) => Reference.Median(objective, model, c) * factor;
        return sampler switch
        {
            "TPE" or "TPE-uni" => ("<= Optuna TPE", checks.Select(c => Optuna("TPE", c, 1)).ToArray()),
            "GP" when GpTargetObjectives.Contains(objective) =>
                ("<= 3x Optuna GP", checks.Select(c => Optuna("GP", c, GpFactor)).ToArray()),
            "coarse-to-fine" when samplers.Any(s => s.Name == "random") =>
                ("<= our random", checks.Select(c => (double?)Median(objective, "random", c).Median).ToArray()),
            _ => ("", []),
        };
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
