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
    /// <summary>Past this many, later messages are mostly echoes of the first (a broken file, a lost quote).</summary>
    private const int MaxShown = 20;
    private const int MaxLineLength = 400;

    public static TuneManifest Load(string path, CommandContext context, ToolAssets assets)
    {
        var catalog = new TemplateCatalog(assets.TemplatesDirectory);
        var environment = new ManifestEnvironment(catalog, assets.SamplesDirectory);
        var result = ManifestLoader.Load(path, environment);
        var ordered = result.Diagnostics.ToList();
        foreach (var diagnostic in ordered.Take(MaxShown))
        {
            context.Error.WriteLine(Shorten(diagnostic.ToString()));
        }

        if (ordered.Count > MaxShown)
        {
            context.Error.WriteLine($"... and {ordered.Count - MaxShown} more; fix the first ones and run again");
        }

        if (result.HasErrors || result.Manifest is null)
        {
            var count = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            throw new UserFacingException($"{DisplayName(path, context)}: {count} error(s); nothing was run");
        }

        return result.Manifest;
    }

    /// <summary>A value pasted whole into a message (a 100 KB string) helps no one: keep the start.</summary>
    private static string Shorten(string line) =>
        line.Length <= MaxLineLength
            ? line
            : line[..MaxLineLength] + $"… ({line.Length - MaxLineLength} more characters)";

    public static string DisplayName(string path, CommandContext context)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, Path.GetFullPath(path, context.WorkingDirectory));
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
