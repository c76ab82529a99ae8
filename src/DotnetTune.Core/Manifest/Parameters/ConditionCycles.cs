namespace DotnetTune.Manifest.Parameters;

/// <summary>Reports conditions that depend on each other in a loop (a when b, b when a).</summary>
internal static class ConditionCycles
{
    public static void Report(IReadOnlyList<ParameterDraft> drafts, DiagnosticBag bag)
    {
        var parentOf = drafts
            .Where(d => d.Parameter.Condition is not null)
            .ToDictionary(d => d.Name, d => d.Parameter.Condition!.Parent, StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            var cycle = CycleFrom(draft.Name, parentOf);
            if (cycle is null || !reported.Add(string.Join(",", cycle.Order(StringComparer.Ordinal))))
            {
                continue;
            }

            var path = string.Join(" -> ", cycle.Append(cycle[0]));
            bag.Error(draft.Condition!.ParentLocation, draft.Condition.KeyPath,
                $"conditions form a cycle: {path}; a parameter's parent must not depend on it");
        }
    }

    /// <summary>The names on the loop that starts and ends at <paramref name="start"/>, or null.</summary>
    private static List<string>? CycleFrom(string start, Dictionary<string, string> parentOf)
    {
        var chain = new List<string> { start };
        var current = start;
        while (parentOf.TryGetValue(current, out var parent))
        {
            if (parent == start)
            {
                return chain;
            }

            if (chain.Contains(parent))
            {
                return null;
            }

            chain.Add(parent);
            current = parent;
        }

        return null;
    }
}
