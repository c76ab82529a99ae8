using DotnetTune.Space;
using Tomlyn;
using Tomlyn.Model;

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

    /// <summary>Reads a template's descriptor; throws <see cref="TemplateException"/> when it is malformed.</summary>
    public static TemplateInfo Load(string directory)
    {
        var descriptor = Path.Combine(directory, DescriptorFileName);
        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(descriptor))!;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new TemplateException($"{descriptor}: {error.Message}");
        }

        var description = table.TryGetValue("description", out var text) ? text as string ?? "" : "";
        var parameters = new Dictionary<string, TemplateParameter>(StringComparer.Ordinal);
        if (table.TryGetValue("parameters", out var node) && node is TomlTable declared)
        {
            foreach (var (name, value) in declared)
            {
                parameters[name] = ReadParameter(descriptor, name, value);
            }
        }

        return new TemplateInfo(Path.GetFileName(directory.TrimEnd('/')), directory, description, parameters);
    }

    private static TemplateParameter ReadParameter(string descriptor, string name, object? node)
    {
        if (node is not TomlTable table || !table.TryGetValue("default", out var raw))
        {
            throw new TemplateException($"{descriptor}: parameters.{name} needs a table with a default");
        }

        var value = ToValue(raw) ?? throw new TemplateException(
            $"{descriptor}: parameters.{name}.default must be a string, number or boolean");
        var description = table.TryGetValue("description", out var text) ? text as string ?? "" : "";
        IReadOnlyList<ParameterValue>? choices = null;
        if (table.TryGetValue("choices", out var list) && list is TomlArray array)
        {
            choices = array.Select(ToValue).OfType<ParameterValue>().ToList();
        }

        return new TemplateParameter(name, value.Kind, value, description, choices);
    }

    private static ParameterValue? ToValue(object? raw) => raw switch
    {
        long integer => ParameterValue.Of(integer),
        double number => ParameterValue.Of(number),
        string text => ParameterValue.Of(text),
        bool flag => ParameterValue.Of(flag),
        _ => null,
    };

    private static bool IsSimpleName(string reference) =>
        reference.Length > 0 && reference.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}

/// <summary>A template that cannot be used as it is; the message names the file.</summary>
public sealed class TemplateException(string message) : Exception(message);
