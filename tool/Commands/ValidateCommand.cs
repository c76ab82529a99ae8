using DotnetTune.Manifest;
using DotnetTune.Trials;

namespace DotnetTune.Tool.Commands;

/// <summary>`dotnet tune validate`: checks a manifest and prints the search space it resolves to.</summary>
public sealed class ValidateCommand(CommandContext context)
{
    public int Execute(ParsedArguments arguments)
    {
        var path = arguments.ManifestOrDefault(context.WorkingDirectory);
        var manifest = ManifestGate.Load(path, context, ToolAssets.Default);
        TemplateGate.Check(manifest.TemplateInfo!, manifest, ToolAssets.Default, "cpu", path, context);
        var output = context.Output;
        output.WriteLine($"{ManifestGate.DisplayName(path, context)}: valid");
        output.WriteLine($"study {manifest.Study.Name}, seed {manifest.Study.Seed}, output {manifest.StudyDirectory}");
        var direction = manifest.Objective.Direction == Direction.Maximize ? "maximize" : "minimize";
        output.WriteLine($"objective: {direction} {manifest.Objective.Metric}");
        output.WriteLine($"search: {manifest.Search.Strategy}, {manifest.Search.Trials} trial(s), " +
                         $"{manifest.Search.Parallel} at a time, {manifest.Search.Repeats} seed(s) each");
        var device = manifest.Trial.Device.ToString().ToLowerInvariant();
        output.WriteLine($"trial: template {manifest.Trial.Template}, device {device}, " +
                         $"{manifest.Trial.Epochs} epoch(s), data {manifest.Trial.DataPath}");
        output.WriteLine(SpaceDescription.Describe(manifest));

        return ExitCodes.Success;
    }
}
