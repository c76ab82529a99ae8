using DotnetTune.Manifest;
using DotnetTune.Manifest.Toml;

namespace DotnetTune.Templates;

/// <summary>
/// Reads and checks a template.toml with the manifest's located TOML reader: only `description`
/// and `parameters` at the top, and per parameter `type`, `default`, `description` and
/// `choices`. Every problem is collected, located, before anything is refused.
/// </summary>
internal static class TemplateDescriptorReader
{
    public static IReadOnlyList<string> TopLevelKeys { get; } = ["description", "parameters"];

    /// <param name="descriptor">The template.toml path; diagnostics name the file this way.</param>
    /// <returns>The description and parameters; null when <paramref name="bag"/> got errors.</returns>
    public static (string Description, Dictionary<string, TemplateParameter> Parameters)? Read(
        string text, string descriptor, DiagnosticBag bag)
    {
        var root = TomlSource.Parse(text, descriptor, bag);
        if (root is null)
        {
            return null;
        }

        var top = new TableReader(root, "", bag);
        top.ReportUnknownKeys(TopLevelKeys);
        var description = top.String("description") ?? "";
        var parameters = new Dictionary<string, TemplateParameter>(StringComparer.Ordinal);
        foreach (var entry in top.SubTable("parameters")?.Entries ?? [])
        {
            if (TemplateParameterReader.Read(entry, bag) is { } parameter)
            {
                parameters[parameter.Name] = parameter;
            }
        }

        return bag.HasErrors ? null : (description, parameters);
    }
}
