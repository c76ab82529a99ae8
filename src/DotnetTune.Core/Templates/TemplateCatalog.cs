using DotnetTune.Manifest;

namespace DotnetTune.Templates;

/// <summary>
/// Finds templates: by name among the built-in ones shipped with the tool, or by a path
/// (relative to the manifest's folder) to a folder of one's own.
/// </summary>
public sealed class TemplateCatalog(string builtInDirectory)
{
    public const string DescriptorFileName = "template.toml";

    public string BuiltInDirectory { get; } = builtInDirectory;

    public IReadOnlyList<string> BuiltInNames() =>
        System.IO.Directory.Exists(BuiltInDirectory)
            ? System.IO.Directory.GetDirectories(BuiltInDirectory)
                .Where(d => File.Exists(Path.Combine(d, DescriptorFileName)))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>Resolves a template reference to its folder, or null when there is none.</summary>
    public string? Resolve(string reference, string manifestDirectory)
    {
        var builtIn = Path.Combine(BuiltInDirectory, reference);
        if (IsSimpleName(reference) && File.Exists(Path.Combine(builtIn, DescriptorFileName)))
        {
            return builtIn;
        }

        var local = Path.GetFullPath(reference, manifestDirectory);
        return File.Exists(Path.Combine(local, DescriptorFileName)) ? local : null;
    }

    /// <summary>
    /// Reads and checks a template's descriptor; throws <see cref="TemplateException"/> with every
    /// problem, each located in the template.toml, when it is malformed.
    /// </summary>
    public static TemplateInfo Load(string directory)
    {
        var descriptor = Path.Combine(directory, DescriptorFileName);
        var bag = new DiagnosticBag(descriptor);
        var read = TemplateDescriptorReader.Read(File.ReadAllText(descriptor), descriptor, bag);
        if (read is not { } found)
        {
            var errors = bag.InFileOrder().Where(d => d.Severity == DiagnosticSeverity.Error);
            throw new TemplateException(TemplateDiagnostics.OnePerPlace(errors));
        }

        var (description, parameters) = found;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        return new TemplateInfo(name, directory, description, parameters);
    }

    private static bool IsSimpleName(string reference) =>
        reference.Length > 0 && reference.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
