using System.Collections.Concurrent;
using DotnetTune.Bench.Strategies;
using DotnetTune.Bench.Strategies.Objectives;

// Seeds run in parallel; MathNet's own threading would only compete with them.
MathNet.Numerics.Control.UseSingleThread();

var options = BenchOptions.Parse(args);
var objectives = Objective.All
    .Where(o => options.Objective is null || o.Name.Equals(options.Objective, StringComparison.OrdinalIgnoreCase))
    .ToList();
var samplers = Sampler.All
    .Where(s => options.Sampler is null || s.Name.Equals(options.Sampler, StringComparison.OrdinalIgnoreCase))
    .ToList();

Console.WriteLine($"Strategy benchmark: {options.Seeds} seeds, {options.Budget} trials, sequential trials.");
Console.WriteLine();

var timings = new Dictionary<(string, string, int), double>();
foreach (var objective in objectives)
{
    foreach (var sampler in samplers)
    {
        foreach (var size in new[] { 100, 500 })
        {
            timings[(objective.Name, sampler.Name, size)] =
                SuggestionTiming.Measure(sampler, objective, size, options.TimingRepeats);
        }
    }
}

var jobs = objectives
    .SelectMany(o => samplers.Select(s => (Objective: o, Sampler: s)))
    .SelectMany(pair => Enumerable.Range(0, options.Seeds).Select(seed => (pair.Objective, pair.Sampler, Seed: seed)))
    .ToList();
var regrets = new ConcurrentDictionary<(string, string, int), double[]>();
var started = DateTime.UtcNow;
Parallel.ForEach(
    jobs.OrderByDescending(j => j.Sampler.Name == "GP"),
    new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
    job => regrets[(job.Objective.Name, job.Sampler.Name, job.Seed)] =
        RegretRun.Run(job.Sampler, job.Objective, 1000 + job.Seed, options.Budget, options.Checkpoints));

var printer = new ReportPrinter(options, objectives, samplers, regrets, timings);
printer.PrintRegrets();
printer.PrintTimings();
Console.WriteLine($"Regret runs took {(DateTime.UtcNow - started).TotalSeconds:F0} s.");
