namespace DotnetTune.Trials;

/// <summary>
/// The files the tool carries for its trials, found beside the tool's own assembly both in a
/// local build and in an installed package: the trial runtime, the MSBuild targets that make
/// TorchSharp load on older libstdc++, the built-in templates and the sample data.
/// </summary>
public sealed record ToolAssets(
    string RuntimeAssembly,
    string BuildTargets,
    string TemplatesDirectory,
    string SamplesDirectory,
    string SchemaFile)
{
    public static ToolAssets FromDirectory(string baseDirectory) => new(
        Path.Combine(baseDirectory, "runtime", "DotnetTune.Trial.dll"),
        Path.Combine(baseDirectory, "build", "DotnetTune.Build.targets"),
        Path.Combine(baseDirectory, "templates"),
        Path.Combine(baseDirectory, "samples"),
        Path.Combine(baseDirectory, "schema", "tune.schema.json"));

    public static ToolAssets Default { get; } = FromDirectory(AppContext.BaseDirectory);

    /// <summary>Paths that must exist for trials to build; empty when the tool is complete.</summary>
    public IEnumerable<string> Missing() =>
        new[] { RuntimeAssembly, BuildTargets }.Where(p => !File.Exists(p))
            .Concat(new[] { TemplatesDirectory }.Where(p => !Directory.Exists(p)));
}
