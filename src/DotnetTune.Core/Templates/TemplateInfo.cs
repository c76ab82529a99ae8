using DotnetTune.Space;

namespace DotnetTune.Templates;

/// <summary>
/// A trial template: a folder of Scriban files (`*.sbn`, rendered without the extension) and
/// plain files (copied), described by its `template.toml`.
/// </summary>
/// <param name="Name">The folder name, e.g. mlp-classifier.</param>
/// <param name="Directory">Absolute path of the template folder.</param>
/// <param name="Description">One line for people.</param>
/// <param name="Parameters">The tunable parameters the template reads, with their defaults.</param>
public sealed record TemplateInfo(
    string Name,
    string Directory,
    string Description,
    IReadOnlyDictionary<string, TemplateParameter> Parameters);

/// <param name="Kind">The declared type; a float's default is a float even if written as 1.</param>
/// <param name="Choices">The only values the template accepts, when it has such a list.</param>
public sealed record TemplateParameter(
    string Name,
    ValueKind Kind,
    ParameterValue Default,
    string Description,
    IReadOnlyList<ParameterValue>? Choices = null)
{
    /// <summary>The type as template.toml writes it: float, int, string or bool.</summary>
    public string TypeName => TemplateTypes.NameOf(Kind);

    /// <summary>The choices as TOML writes them, e.g. ["adam", "sgd"]; empty if any value goes.</summary>
    public string ChoicesText => Choices is { Count: > 0 } choices
        ? $"[{string.Join(", ", choices.Select(c => c.ToLiteral()))}]"
        : "";
}
