namespace DotnetTune.Manifest.Parameters;

/// <summary>Checks that a parameter table holds only the keys its type takes.</summary>
internal static class ParameterKeys
{
    private static readonly string[] s_everyType = ["type", "when"];

    /// <param name="type">The parameter's type, or null when it is missing or unknown.</param>
    public static void Check(TableReader spec, string? type)
    {
        var allowed = type is null
            ? ManifestKeys.Parameter
            : [.. s_everyType, .. ManifestKeys.ParameterKeysByType[type]];
        var unknown = spec.Table.Entries.Where(e => !allowed.Contains(e.Key, StringComparer.Ordinal));
        foreach (var entry in unknown)
        {
            var at = entry.KeyLocation;
            var path = spec.PathOf(entry.Key);
            if (ManifestKeys.Parameter.Contains(entry.Key, StringComparer.Ordinal))
            {
                var owners = TypesTaking(entry.Key);
                spec.Diagnostics.Error(at, path,
                    $"'{entry.Key}' does not apply to type \"{type}\" (it is for {owners})");
                continue;
            }

            var near = KeySuggester.Nearest(entry.Key, allowed) ??
                       KeySuggester.Nearest(entry.Key, ManifestKeys.Parameter);
            var hint = near is null
                ? $"; a parameter takes {string.Join(", ", allowed)}"
                : $"; did you mean '{near}'?";
            var parameter = LastSegment(spec.Path);
            spec.Diagnostics.Error(at, path, $"unknown key '{entry.Key}' in parameter '{parameter}'{hint}");
        }
    }

    private static string TypesTaking(string key)
    {
        var types = ManifestKeys.ParameterKeysByType
            .Where(t => t.Value.Contains(key) && t.Key != "categorical")
            .Select(t => $"type = \"{t.Key}\"");
        return string.Join(" and ", types);
    }

    private static string LastSegment(string path) => path[(path.IndexOf('.') + 1)..];
}
