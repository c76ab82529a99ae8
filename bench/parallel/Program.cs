using DotnetTune.Bench.Parallel;

// Throughput (trials per minute) of the same sweep at parallel = 1 and parallel = 2, in one run.
var trials = args.Length > 0 && int.TryParse(args[0], out var count) ? Math.Max(2, count) : 8;
return await ParallelBenchmark.RunAsync(trials, Console.Out).ConfigureAwait(false);
