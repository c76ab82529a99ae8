using DotnetTune.Reporting;
using DotnetTune.Store;
using DotnetTune.Trials;

namespace DotnetTune.Tool.Commands;

/// <summary>
/// `dotnet tune status`: each trial's state and the best so far, read from the study store;
/// safe while a sweep runs in another process.
/// </summary>
public sealed class StatusCommand(CommandContext context)
{
    public int Execute(ParsedArguments arguments)
    {
        var path = arguments.ManifestOrDefault(context.WorkingDirectory);
        var manifest = ManifestGate.Load(path, context, ToolAssets.Default);
        var layout = new StudyLayout(manifest.StudyDirectory);
        if (!File.Exists(layout.Database))
        {
            context.Output.WriteLine($"study {manifest.Study.Name} has not run yet (no {layout.Database})");
            return ExitCodes.Success;
        }

        using var store = StudyStoreGate.OpenExisting(layout);
        var trials = StudyStoreGate.ReadTrials(store, layout);
        var running = StudyLock.IsHeld(layout);
        var output = context.Output;
        var metric = manifest.Objective.Metric;
        var state = running ? "a sweep is running" : "no sweep is running";
        output.WriteLine($"study {manifest.Study.Name}: {trials.Count} trial(s), {state}");
        output.WriteLine($"{"trial",-9} {"status",-24} {metric,14}  parameters");
        foreach (var trial in trials)
        {
            var value = trial.Value is { } v ? ReportWriter.Number(v) : "-";
            output.WriteLine($"{trial.Id,-9} {Describe(trial, running),-24} {value,14}  {trial.Configuration}");
        }

        var best = Ranking.Rank(trials, manifest.Objective).FirstOrDefault();
        output.WriteLine(best is null
            ? "best: none yet"
            : $"best: trial {best.First.Id}, {metric} = {ReportWriter.Number(best.Mean)} ({best.Configuration})");
        return ExitCodes.Success;
    }

    /// <summary>A trial still marked running while no sweep holds the study was cut off by a killed tool.</summary>
    private static string Describe(TrialRecord trial, bool sweepRunning)
    {
        if (trial.Status != TrialStatus.Running)
        {
            return trial.Status.ToName();
        }

        if (!sweepRunning)
        {
            return "interrupted (tool gone)";
        }

        return trial.Epochs.Count > 0 ? $"running (epoch {trial.Epochs[^1].Epoch})" : "running";
    }
}
