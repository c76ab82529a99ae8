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
                var choices = parameter.ChoicesText.Length == 0 ? "" : $" (one of {parameter.ChoicesText})";
                context.Output.WriteLine(
                    $"  {parameter.Name,-16} {parameter.TypeName,-6} default {parameter.Default.ToLiteral(),-10} " +
                    $"{parameter.Description}{choices}");
            }
        }

        return ExitCodes.Success;
    }
}
