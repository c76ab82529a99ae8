using System.Collections.Concurrent;
using DotnetTune.Bench.Strategies;
using DotnetTune.Bench.Strategies.Objectives;

// Seeds run in parallel; MathNet's own threading would only compete with them.
MathNet.Numerics.Control.UseSingleThread();

var options = BenchOptions.Parse(args);
var objectives = Objective.All.Where(o => options.Includes(o.Name, options.Objective)).ToList();
var samplers = Sampler.All.Where(s => options.Includes(s.Name, options.Sampler)).ToList();

Console.WriteLine(
    $"Strategy benchmark: {options.Seeds} seeds, {options.Budget} sequential trials per study.");
Console.WriteLine();

// Timings first, one at a time, before the parallel runs load the machine.
var timings = new Dictionary<(string, string, int), double>();
foreach (var objective in objectives)
{
    foreach (var sampler in samplers)
    {
        foreach (var size in SuggestionTiming.HistorySizes)
        {
            timings[(objective.Name, sampler.Name, size)] =
                SuggestionTiming.Measure(sampler, objective, size, options.TimingRepeats);
        }
    }
}

var jobs = objectives
    .SelectMany(o => samplers.Select(s => (Objective: o, Sampler: s)))
    .SelectMany(p => Enumerable.Range(0, options.Seeds).Select(seed => (p.Objective, p.Sampler, seed)))
    .OrderByDescending(job => job.Sampler.Name == "GP")
    .ToList();
var regrets = new ConcurrentDictionary<(string, string, int), double[]>();
var started = DateTime.UtcNow;
Parallel.ForEach(
    jobs,
    new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
    job => regrets[(job.Objective.Name, job.Sampler.Name, job.seed)] = RegretRun.Run(
        job.Sampler, job.Objective, 1000 + job.seed, options.Budget, options.Checkpoints));

var printer = new ReportPrinter(options, objectives, samplers, regrets, timings);
printer.PrintRegrets();
printer.PrintTimings();
Console.WriteLine($"Regret runs took {(DateTime.UtcNow - started).TotalSeconds:F0} s.");
