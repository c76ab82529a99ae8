using DotnetTune.Space;

namespace DotnetTune.Manifest.Parameters;

/// <summary>Reads [parameters]: every parameter with a valid name, its conditions bound to their parents.</summary>
internal static class ParametersSection
{
    public static List<ParameterDraft> Read(TableReader parameters)
    {
        var bag = parameters.Diagnostics;
        var drafts = new List<ParameterDraft>();
        var seen = new Dictionary<string, Toml.TomlEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in parameters.Table.Entries)
        {
            if (ParameterNames.Check(entry, seen, bag) && ParameterReader.Read(entry, bag) is { } draft)
            {
                drafts.Add(draft);
            }
        }

        if (parameters.Table.Entries.Count == 0)
        {
            bag.Warning(parameters.Table.Location, "parameters",
                "no parameters: every trial runs the template's defaults");
        }
        else if (drafts.Count == parameters.Table.Entries.Count &&
                 drafts.All(d => d.Parameter is FixedParameter))
        {
            bag.Warning(parameters.Table.Location, "parameters",
                "every parameter is fixed: all trials run the same configuration");
        }

        var declared = parameters.Table.Entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        return ConditionRules.Bind(drafts, declared, bag);
    }
}
