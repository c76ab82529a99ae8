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

        using var store = StudyStores.OpenSqlite(layout.Directory);
        var trials = store.Trials();
        var output = context.Output;
        var metric = manifest.Objective.Metric;
        output.WriteLine($"study {manifest.Study.Name}: {trials.Count} trial(s)");
        output.WriteLine($"{"trial",-9} {"status",-12} {metric,14}  parameters");
        foreach (var trial in trials)
        {
            var value = trial.Value is { } v ? ReportWriter.Number(v) : "-";
            var epochs = trial.Status == TrialStatus.Running && trial.Epochs.Count > 0 ? $" (epoch {trial.Epochs[^1].Epoch})" : "";
            output.WriteLine($"{trial.Id,-9} {trial.Status.ToName() + epochs,-12} {value,14}  {trial.Configuration}");
        }

        var best = Ranking.Rank(trials, manifest.Objective).FirstOrDefault();
        output.WriteLine(best is null
            ? "best: none yet"
            : $"best: trial {best.First.Id}, {metric} = {ReportWriter.Number(best.Mean)} ({best.Configuration})");
        return ExitCodes.Success;
    }
}
