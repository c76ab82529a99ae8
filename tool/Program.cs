using DotnetTune.Tool;

return await CommandLine.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
