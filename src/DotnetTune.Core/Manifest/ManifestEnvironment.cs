using DotnetTune.Templates;

namespace DotnetTune.Manifest;

/// <summary>What a manifest is read against: the templates it may name and the bundled sample data.</summary>
/// <param name="Templates">Finds built-in templates by name and local ones by folder.</param>
/// <param name="SamplesDirectory">Folder of bundled data sets; trial.data = "x" falls back to
/// &lt;SamplesDirectory&gt;/x when the folder x does not exist next to the manifest.</param>
public sealed record ManifestEnvironment(TemplateCatalog Templates, string SamplesDirectory);
