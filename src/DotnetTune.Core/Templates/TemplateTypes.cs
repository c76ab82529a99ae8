using DotnetTune.Space;

namespace DotnetTune.Templates;

/// <summary>The types a parameter can declare in template.toml, by the words it uses.</summary>
internal static class TemplateTypes
{
    public static IReadOnlyList<string> Names { get; } = ["float", "int", "string", "bool"];

    // Words people reach for from other languages; each gets a pointer to ours.
    private static readonly Dictionary<string, string> Synonyms =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["integer"] = "int",
            ["long"] = "int",
            ["double"] = "float",
            ["number"] = "float",
            ["real"] = "float",
            ["boolean"] = "bool",
            ["str"] = "string",
            ["text"] = "string",
        };

    public static string NameOf(ValueKind kind) => kind switch
    {
        ValueKind.Float => "float",
        ValueKind.Int => "int",
        ValueKind.String => "string",
        _ => "bool",
    };

    public static ValueKind? KindOf(string name) => name switch
    {
        "float" => ValueKind.Float,
        "int" => ValueKind.Int,
        "string" => ValueKind.String,
        "bool" => ValueKind.Bool,
        _ => null,
    };

    /// <summary>Our word for a synonym such as "integer", or null.</summary>
    public static string? Synonym(string name) => Synonyms.GetValueOrDefault(name);
}
