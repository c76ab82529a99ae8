using DotnetTune.Bench.Overhead;

// Measures the tool's per-trial overhead (render, build or cache hit, launch, collect) against the
// naive way (dotnet build + dotnet run per trial), in one run, and prints the ratio.
var trials = args.Length > 0 && int.TryParse(args[0], out var count) ? Math.Max(6, count) : 6;
return await OverheadBenchmark.RunAsync(trials, Console.Out).ConfigureAwait(false);
