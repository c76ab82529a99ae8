using DotnetTune.Manifest;
using DotnetTune.Templates;
using DotnetTune.Trials;

namespace DotnetTune.Tool;

/// <summary>
/// Renders a template once in memory before anything runs, so a typo in a template stops the
/// command with its file, line and column instead of failing every trial.
/// </summary>
public static class TemplateGate
{
    public static void Check(
        TemplateInfo template,
        TuneManifest manifest,
        ToolAssets assets,
        string device,
        string manifestPath,
        CommandContext context)
    {
        var problems = TemplateRenderer.Check(template, manifest.Space, assets, TrialRuntimeTarget.ForHost(device));
        if (problems.Count == 0)
        {
            return;
        }

        foreach (var line in TemplateDiagnostics.Lines(problems))
        {
            context.Error.WriteLine(line);
        }

        throw new UserFacingException(
            $"{ManifestGate.DisplayName(manifestPath, context)}: the template '{template.Name}' has " +
            $"{problems.Count(p => p.Severity == DiagnosticSeverity.Error)} error(s); nothing was run");
    }
}
