using Scriban;
using Scriban.Runtime;

namespace DotnetTune.Templates;

/// <summary>
/// Renders a template folder: each `*.sbn` file through Scriban (the name loses `.sbn`), every
/// other file copied as it is. Templates are parsed once; unknown variables are errors that
/// name the template file, line and column.
/// </summary>
public sealed class TemplateRenderer
{
    private const string ScribanExtension = ".sbn";
    private readonly List<TemplateFile> _files;

    private TemplateRenderer(List<TemplateFile> files) => _files = files;

    /// <summary>Parses every file of the template; throws <see cref="TemplateException"/> on errors.</summary>
    public static TemplateRenderer Load(TemplateInfo template)
    {
        var files = new List<TemplateFile>();
        foreach (var path in System.IO.Directory.EnumerateFiles(template.Directory, "*", SearchOption.AllDirectories)
                     .Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(template.Directory, path);
            if (relative == TemplateCatalog.DescriptorFileName || IsBuildOutput(relative))
            {
                continue;
            }

            files.Add(LoadFile(path, relative));
        }

        return new TemplateRenderer(files);
    }

    /// <summary>Renders into memory: relative output path to text.</summary>
    public IReadOnlyList<RenderedFile> Render(ScriptObject model)
    {
        var rendered = new List<RenderedFile>();
        foreach (var file in _files)
        {
            if (file.Template is null)
            {
                rendered.Add(new RenderedFile(file.OutputPath, file.Text));
                continue;
            }

            var context = new TemplateContext { StrictVariables = true, LoopLimit = 100_000 };
            context.PushGlobal(model);
            try
            {
                rendered.Add(new RenderedFile(file.OutputPath, file.Template.Render(context)));
            }
            catch (Scriban.Syntax.ScriptRuntimeException error)
            {
                throw new TemplateException($"{file.SourcePath}{error.Span.Start}: error: {error.OriginalMessage}");
            }
        }

        return rendered;
    }

    private static TemplateFile LoadFile(string path, string relative)
    {
        var text = File.ReadAllText(path);
        if (!relative.EndsWith(ScribanExtension, StringComparison.Ordinal))
        {
            return new TemplateFile(path, relative, text, null);
        }

        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            var messages = string.Join(Environment.NewLine, template.Messages.Select(m => m.ToString()));
            throw new TemplateException(messages);
        }

        return new TemplateFile(path, relative[..^ScribanExtension.Length], text, template);
    }

    private static bool IsBuildOutput(string relative)
    {
        var first = relative.Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    private sealed record TemplateFile(string SourcePath, string OutputPath, string Text, Template? Template);
}

/// <summary>One file of a rendered trial project, by its path relative to the trial folder.</summary>
public sealed record RenderedFile(string RelativePath, string Text);
