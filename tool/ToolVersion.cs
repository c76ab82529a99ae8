using System.Reflection;

namespace DotnetTune.Tool;

/// <summary>The package version of this tool, prerelease tag included, without the commit hash.</summary>
public static class ToolVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(ToolVersion).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational?.Split('+')[0] ?? "unknown";
    }
}
