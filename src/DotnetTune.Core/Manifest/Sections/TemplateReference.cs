using DotnetTune.Templates;

namespace DotnetTune.Manifest.Sections;

/// <summary>Reads trial.template: a built-in template name or a folder holding a template.toml.</summary>
internal static class TemplateReference
{
    /// <summary>The reference as TrialSettings keeps it (a name, or an absolute folder) and the template.</summary>
    public static (string? Reference, TemplateInfo? Template) Read(
        TableReader trial, TemplateCatalog catalog, string manifestDirectory)
    {
        var reference = trial.String("template", required: true);
        if (reference is null)
        {
            return (null, null);
        }

        var entry = trial.Entry("template")!;
        var directory = reference.Trim().Length == 0 || reference.Contains('\0')
            ? null
            : catalog.Resolve(reference, manifestDirectory);
        if (directory is null)
        {
            trial.Error(entry, NotFound(reference, catalog, manifestDirectory));
            return (null, null);
        }

        try
        {
            var template = TemplateCatalog.Load(directory);
            var builtIn = Path.Combine(catalog.BuiltInDirectory, reference);
            return (directory == builtIn ? reference : directory, template);
        }
        catch (TemplateException problem)
        {
            trial.Error(entry, $"template \"{reference}\" cannot be used: its files have errors (below)");
            trial.Diagnostics.Forward(problem.Diagnostics);
            return (null, null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            trial.Error(entry, $"template \"{reference}\" cannot be used: {error.Message}");
            return (null, null);
        }
    }

    private static string NotFound(string reference, TemplateCatalog catalog, string manifestDirectory)
    {
        var names = catalog.BuiltInNames();
        var builtIn = names.Count == 0
            ? "there are no built-in templates"
            : $"built-in: {string.Join(", ", names)}";
        var near = KeySuggester.DidYouMean(reference, names);
        if (reference.Trim().Length == 0 || reference.Contains('\0'))
        {
            return $"must name a template ({builtIn})";
        }

        var folder = Path.GetFullPath(reference, manifestDirectory);
        return $"template \"{reference}\" not found: it is not a built-in template ({builtIn}) and " +
               $"{Path.Combine(folder, TemplateCatalog.DescriptorFileName)} does not exist{near}";
    }
}
