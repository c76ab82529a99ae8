using DotnetTune.Manifest.Parameters;
using DotnetTune.Manifest.Search;
using DotnetTune.Manifest.Sections;
using DotnetTune.Manifest.Toml;
using DotnetTune.Space;

namespace DotnetTune.Manifest;

/// <summary>
/// Runs the manifest stage in order: TOML tree, each section, parameters and their conditions,
/// the template's declarations, then the search settings that need the finished space.
/// </summary>
internal sealed class ManifestReader(
    DiagnosticBag bag, ManifestEnvironment environment, string directory)
{
    public TuneManifest? Read(string text, string sourceName, string filePath)
    {
        var root = TomlSource.Parse(text, sourceName, bag);
        if (root is null)
        {
            return null;
        }

        if (root.Entries.Count == 0)
        {
            bag.Error(SourcePoint.FileStart, "",
                "the manifest is empty: it needs [study], [objective], [search], [trial] and [parameters]");
            return null;
        }

        var top = new TableReader(root, "", bag);
        CheckTopLevel(top);
        var study = Section(root, "study") is { } s ? StudySection.Read(s, directory) : null;
        var objective = Section(root, "objective") is { } o ? ObjectiveSection.Read(o) : null;
        var trialTable = Section(root, "trial");
        var trial = trialTable is null ? null : TrialSection.Read(trialTable, environment, directory);
        var search = Section(root, "search") is { } searchTable ? SearchSection.Read(searchTable) : null;
        var (space, drafts) = ReadParameters(root, trial, trialTable);
        var settings = search is null || space is null
            ? null
            : SearchBinder.Bind(search, space, drafts, trial?.Template, bag);
        if (bag.HasErrors || study is null || objective is null || trial?.Settings is null ||
            settings is null)
        {
            return null;
        }

        return new TuneManifest(filePath, study, objective, settings, trial.Settings, space!)
        {
            TemplateInfo = trial.Template,
        };
    }

    private (SearchSpace? Space, List<ParameterDraft> Drafts) ReadParameters(
        TomlTable root, TrialDraft? trial, TableReader? trialTable)
    {
        var parameters = Section(root, "parameters");
        if (parameters is null)
        {
            return (null, []);
        }

        var errorsBefore = bag.ErrorCount;
        var drafts = ParametersSection.Read(parameters);
        drafts = TemplateRules.Apply(drafts, trial?.Template, bag);
        OverrideRules.Check(drafts, trialTable?.Entry("epochs"), bag);
        return bag.ErrorCount > errorsBefore
            ? (null, drafts)
            : (new SearchSpace(drafts.Select(d => d.Parameter)), drafts);
    }

    private void CheckTopLevel(TableReader top)
    {
        top.String(ManifestKeys.SchemaDirective);
        top.ReportUnknownKeys([.. ManifestKeys.Sections, ManifestKeys.SchemaDirective]);
    }

    private TableReader? Section(TomlTable root, string name)
    {
        var entry = root.Find(name);
        if (entry is null)
        {
            bag.Error(SourcePoint.FileStart, name, $"missing section [{name}]");
            return null;
        }

        if (entry.Value is TomlTable table)
        {
            return new TableReader(table, name, bag);
        }

        var got = entry.Value.Describe();
        bag.Error(entry.Value.Location, name, $"expected a table [{name}], got {got}");
        return null;
    }
}
