using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Trials;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DotnetTune.Templates;

/// <summary>
/// Renders a template folder: each `*.sbn` file through Scriban (the name loses `.sbn`), every
/// other file copied as it is. Templates are parsed once; unknown variables and members are
/// errors that name the template file, line and column.
/// </summary>
public sealed class TemplateRenderer
{
    private const string ScribanExtension = ".sbn";
    private readonly List<TemplateFile> _files;

    private TemplateRenderer(List<TemplateFile> files) => _files = files;

    /// <summary>Parses every file of the template; throws <see cref="TemplateException"/> with
    /// the errors of all of them.</summary>
    public static TemplateRenderer Load(TemplateInfo template)
    {
        var files = new List<TemplateFile>();
        var problems = new List<ManifestDiagnostic>();
        var paths = System.IO.Directory
            .EnumerateFiles(template.Directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var relative = Path.GetRelativePath(template.Directory, path);
            if (relative == TemplateCatalog.DescriptorFileName || IsBuildOutput(relative))
            {
                continue;
            }

            files.Add(LoadFile(path, relative, problems));
        }

        return problems.Count > 0
            ? throw new TemplateException(problems)
            : new TemplateRenderer(files);
    }

    /// <summary>
    /// Renders the template once in memory for configurations of <paramref name="space"/> that
    /// cover each conditional parameter both active and inactive, without writing anything.
    /// </summary>
    /// <returns>Every error of the template's files; empty when it renders.</returns>
    public static IReadOnlyList<ManifestDiagnostic> Check(
        TemplateInfo template, SearchSpace space, ToolAssets assets, TrialRuntimeTarget target) =>
        TemplateCheck.Run(template, space, assets, target);

    /// <summary>Renders into memory: relative output path to text.</summary>
    public IReadOnlyList<RenderedFile> Render(ScriptObject model)
    {
        var (rendered, problems) = TryRender(model);
        return problems.Count > 0 ? throw new TemplateException(problems) : rendered;
    }

    /// <summary>Renders every file, collecting the first error of each instead of stopping.</summary>
    internal (IReadOnlyList<RenderedFile> Files, IReadOnlyList<ManifestDiagnostic> Problems)
        TryRender(ScriptObject model)
    {
        var rendered = new List<RenderedFile>();
        var problems = new List<ManifestDiagnostic>();
        foreach (var file in _files)
        {
            if (file.Template is null)
            {
                rendered.Add(new RenderedFile(file.OutputPath, file.Text));
                continue;
            }

            try
            {
                var text = file.Template.Render(NewContext(model));
                rendered.Add(new RenderedFile(file.OutputPath, text));
            }
            catch (ScriptRuntimeException error)
            {
                var source = string.IsNullOrEmpty(error.Span.FileName)
                    ? file.SourcePath
                    : error.Span.FileName;
                var message = error.OriginalMessage;
                problems.Add(TemplateDiagnostics.FromScriban(source, error.Span, message));
            }
        }

        return (rendered, problems);
    }

    private static TemplateContext NewContext(ScriptObject model)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = 100_000,
        };
        context.PushGlobal(model);

        // The file's own variables live here, so one file cannot change what the next one sees.
        context.PushGlobal(new ScriptObject());
        return context;
    }

    private static TemplateFile LoadFile(
        string path, string relative, List<ManifestDiagnostic> problems)
    {
        var text = File.ReadAllText(path);
        if (!relative.EndsWith(ScribanExtension, StringComparison.Ordinal))
        {
            return new TemplateFile(path, relative, text, null);
        }

        var (template, errors) = TemplateSyntax.Parse(text, path);
        problems.AddRange(errors);
        return new TemplateFile(path, relative[..^ScribanExtension.Length], text, template);
    }

    private static bool IsBuildOutput(string relative)
    {
        var first = relative.Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    private sealed record TemplateFile(
        string SourcePath, string OutputPath, string Text, Template? Template);
}

/// <summary>One file of a rendered trial project, by its path in the trial folder.</summary>
public sealed record RenderedFile(string RelativePath, string Text);
