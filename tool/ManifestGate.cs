using DotnetTune.Manifest;
using DotnetTune.Templates;
using DotnetTune.Trials;

namespace DotnetTune.Tool;

/// <summary>
/// Loads a manifest for a command: prints every diagnostic (errors and warnings) in the
/// `file(line,col): error: key: message` form and stops the command on errors.
/// </summary>
public static class ManifestGate
{
    public static TuneManifest Load(string path, CommandContext context, ToolAssets assets)
    {
        var environment = new ManifestEnvironment(new TemplateCatalog(assets.TemplatesDirectory), assets.SamplesDirectory);
        var result = ManifestLoader.Load(path, environment);
        foreach (var diagnostic in result.Diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column))
        {
            context.Error.WriteLine(diagnostic.ToString());
        }

        if (result.HasErrors || result.Manifest is null)
        {
            var count = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            throw new UserFacingException($"{DisplayName(path, context)}: {count} error(s); nothing was run");
        }

        return result.Manifest;
    }

    public static string DisplayName(string path, CommandContext context)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, Path.GetFullPath(path, context.WorkingDirectory));
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
