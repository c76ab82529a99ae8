using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Trials;

namespace DotnetTune.Templates;

/// <summary>
/// Checks a template against a study before any trial runs: parses it and renders it in memory
/// for a few configurations (<see cref="CheckConfigurations"/>), collecting every error.
/// </summary>
internal static class TemplateCheck
{
    public static IReadOnlyList<ManifestDiagnostic> Run(
        TemplateInfo template, SearchSpace space, ToolAssets assets, TrialRuntimeTarget target)
    {
        TemplateRenderer renderer;
        try
        {
            renderer = TemplateRenderer.Load(template);
        }
        catch (TemplateException error)
        {
            return error.Diagnostics;
        }

        var problems = new List<ManifestDiagnostic>();
        var configurations = CheckConfigurations.Pick(space);
        for (var i = 0; i < configurations.Count; i++)
        {
            var model = RenderModel.Create(template, space, configurations[i], assets, target);
            var found = renderer.TryRender(model).Problems;
            var where = i == 0 ? "" : Where(space, configurations[i]);
            problems.AddRange(found.Select(p => p with { Message = p.Message + where }));
        }

        return TemplateDiagnostics.OnePerPlace(problems);
    }

    // An error that only a later configuration shows says what is different about it.
    private static string Where(SearchSpace space, Configuration configuration)
    {
        var inactive = space.Parameters
            .Select(p => p.Name)
            .Where(name => !configuration.ContainsKey(name))
            .ToList();
        return inactive.Count switch
        {
            0 => $" (with {configuration})",
            1 => $" (when {inactive[0]} is inactive)",
            _ => $" (when {string.Join(", ", inactive)} are inactive)",
        };
    }
}
