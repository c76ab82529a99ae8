using DotnetTune.Manifest.Parameters;
using DotnetTune.Manifest.Toml;
using DotnetTune.Space;
using DotnetTune.Templates;

namespace DotnetTune.Manifest.Search;

/// <summary>
/// Binds search.configurations: each table gives values for the active parameters, each value
/// valid for its parameter; inactive parameters must not be given. A manual configuration gives
/// every active tuned parameter; a warm start may leave some out, which take the template default.
/// </summary>
internal sealed class ConfigurationBinder(
    SearchSpace space, string strategy, TemplateInfo? template, DiagnosticBag bag)
{
    public List<Configuration>? Bind(TomlEntry listed)
    {
        var errorsBefore = bag.ErrorCount;
        var configurations = new List<Configuration>();
        var items = ((TomlArray)listed.Value).Items;
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"search.configurations[{i}]";
            if (BindOne((TomlTable)items[i], path) is not { } configuration)
            {
                continue;
            }

            var same = configurations.IndexOf(configuration);
            if (same >= 0)
            {
                bag.Warning(items[i].Location, path,
                    $"the same as search.configurations[{same}]; it runs once more");
            }

            configurations.Add(configuration);
        }

        return bag.ErrorCount > errorsBefore ? null : configurations;
    }

    private Configuration? BindOne(TomlTable table, string path)
    {
        var errorsBefore = bag.ErrorCount;
        ReportUnknownNames(table, path);
        var chosen = new Dictionary<string, ParameterValue>(StringComparer.Ordinal);
        var ordered = new List<KeyValuePair<string, ParameterValue>>();
        var failed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in space.Parameters)
        {
            var entry = table.Find(parameter.Name);
            if (parameter.Condition is { } condition && failed.Contains(condition.Parent))
            {
                failed.Add(parameter.Name);
                continue;
            }

            if (!SearchSpace.IsActive(parameter, chosen))
            {
                if (entry is not null)
                {
                    var needs = parameter.Condition;
                    bag.Error(entry.KeyLocation, $"{path}.{entry.Key}",
                        $"{parameter.Name} is inactive here (it needs {needs}): remove it");
                }

                continue;
            }

            if (ValueOf(parameter, entry, table, path) is { } value)
            {
                chosen[parameter.Name] = value;
                ordered.Add(new(parameter.Name, value));
            }
            else
            {
                failed.Add(parameter.Name);
            }
        }

        return bag.ErrorCount > errorsBefore ? null : new Configuration(ordered);
    }

    private ParameterValue? ValueOf(Parameter parameter, TomlEntry? entry, TomlTable table, string path)
    {
        if (entry is not null)
        {
            var keyPath = $"{path}.{entry.Key}";
            if (ParameterReader.ScalarValue(entry.Value, keyPath, "a value", bag) is not { } given)
            {
                return null;
            }

            var (fitted, problem) = ValueFit.Fit(parameter, given);
            if (fitted is null)
            {
                bag.Error(entry.Value.Location, keyPath, problem!);
            }

            return fitted;
        }

        return parameter is FixedParameter fixedValue
            ? fixedValue.Value
            : Missing(parameter, table, path);
    }

    private ParameterValue? Missing(Parameter parameter, TomlTable table, string path)
    {
        if (strategy == "manual")
        {
            bag.Error(table.Location, path,
                $"missing {parameter.Name}: a manual configuration gives every active parameter");
            return null;
        }

        if (template?.Parameters.GetValueOrDefault(parameter.Name) is not { } declared)
        {
            bag.Error(table.Location, path,
                $"missing {parameter.Name}: give it a value (the template has no default for it)");
            return null;
        }

        var (fitted, problem) = ValueFit.Fit(parameter, declared.Default);
        if (fitted is null)
        {
            bag.Error(table.Location, path,
                $"missing {parameter.Name}: give it a value (the template default does not fit: " +
                $"{problem})");
        }

        return fitted;
    }

    private void ReportUnknownNames(TomlTable table, string path)
    {
        var names = space.Parameters.Select(p => p.Name).ToList();
        foreach (var entry in table.Entries.Where(e => space.Find(e.Key) is null))
        {
            bag.Error(entry.KeyLocation, $"{path}.{entry.Key}",
                $"unknown parameter '{entry.Key}'{KeySuggester.DidYouMean(entry.Key, names)}");
        }
    }
}
