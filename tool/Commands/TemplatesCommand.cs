using DotnetTune.Templates;
using DotnetTune.Trials;

namespace DotnetTune.Tool.Commands;

/// <summary>`dotnet tune templates`: lists the built-in templates and their parameters.</summary>
public sealed class TemplatesCommand(CommandContext context)
{
    public int Execute()
    {
        var catalog = new TemplateCatalog(ToolAssets.Default.TemplatesDirectory);
        foreach (var name in catalog.BuiltInNames())
        {
            var template = TemplateCatalog.Load(Path.Combine(catalog.BuiltInDirectory, name));
            context.Output.WriteLine($"{template.Name}: {template.Description}");
            foreach (var parameter in template.Parameters.Values)
            {
                var kind = parameter.Kind.ToString().ToLowerInvariant();
                context.Output.WriteLine(
                    $"  {parameter.Name,-16} {kind,-6} default {parameter.Default.ToLiteral(),-10} {parameter.Description}");
            }
        }

        return ExitCodes.Success;
    }
}
