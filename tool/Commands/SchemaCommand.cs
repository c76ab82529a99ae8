using DotnetTune.Trials;

namespace DotnetTune.Tool.Commands;

/// <summary>`dotnet tune schema`: prints the JSON Schema of Tune.toml, for editors.</summary>
public sealed class SchemaCommand(CommandContext context)
{
    public int Execute()
    {
        var path = ToolAssets.Default.SchemaFile;
        if (!File.Exists(path))
        {
            throw new UserFacingException($"error: the schema file is missing from this installation: {path}");
        }

        context.Output.Write(File.ReadAllText(path));
        return ExitCodes.Success;
    }
}
