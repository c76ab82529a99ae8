using System.Text.RegularExpressions;
using DotnetTune.Manifest.Toml;

namespace DotnetTune.Manifest.Parameters;

/// <summary>
/// Checks parameter names: identifiers templates can read (^[A-Za-z_][A-Za-z0-9_]{0,63}$), not
/// reserved, not made by a dotted key, and distinct from each other even ignoring case.
/// </summary>
internal static partial class ParameterNames
{
    public const int MaxLength = 64;

    /// <param name="seen">Names accepted so far, compared ignoring case; the entry is added when valid.</param>
    public static bool Check(TomlEntry entry, Dictionary<string, TomlEntry> seen, DiagnosticBag bag)
    {
        var name = entry.Key;
        var path = $"parameters.{name}";
        if (entry.Value is TomlTable { Origin: TableOrigin.Dotted or TableOrigin.Implicit } table &&
            table.Entries.FirstOrDefault(e => !ManifestKeys.Parameter.Contains(e.Key)) is { } inner)
        {
            bag.Error(entry.KeyLocation, $"{path}.{inner.Key}",
                $"'{name}.{inner.Key}' is not a parameter name: TOML reads a dotted key as a " +
                $"table '{name}' holding a key '{inner.Key}'. Names cannot contain '.': " +
                $"use '{name}_{inner.Key}'");
            return false;
        }

        if (Problem(name) is { } problem)
        {
            bag.Error(entry.KeyLocation, path, problem);
            return false;
        }

        if (seen.TryGetValue(name, out var first))
        {
            bag.Error(entry.KeyLocation, path,
                $"'{name}' differs from '{first.Key}' (at {first.KeyLocation}) only by case: " +
                "templates and reports would confuse them; rename one");
            return false;
        }

        seen[name] = entry;
        return true;
    }

    private static string? Problem(string name)
    {
        if (name.Length > MaxLength)
        {
            return $"the name '{name[..20]}...' is {name.Length} characters long; at most {MaxLength}";
        }

        if (!Identifier().IsMatch(name))
        {
            var shown = name.Length == 0 ? "an empty name" : $"'{name}'";
            return $"{shown} is not a valid parameter name: start with a letter or '_', then " +
                   "use only letters, digits and '_' (templates read it as a variable)";
        }

        return ManifestKeys.ReservedParameterNames.TryGetValue(name, out var why)
            ? $"'{name}' is a reserved name: {why}; choose another"
            : null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Identifier();
}
