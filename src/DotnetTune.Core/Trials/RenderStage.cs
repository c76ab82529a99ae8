using System.Security.Cryptography;
using System.Text;
using DotnetTune.Manifest;
using DotnetTune.Templates;

namespace DotnetTune.Trials;

/// <summary>
/// Writes a trial's folder: the rendered project, files that shield it from any
/// Directory.Build.* of a repository above, and trial.json. The source hash covers everything
/// a build depends on (rendered files, trial runtime, build targets) and nothing that varies by
/// value only, so trials that differ in values share one build.
/// </summary>
public sealed class RenderStage(
    TemplateInfo template,
    TemplateRenderer renderer,
    TuneManifest manifest,
    ToolAssets assets,
    TrialRuntimeTarget target)
{
    private static readonly RenderedFile[] Shields =
    [
        Shield("Directory.Build.props", "Keeps this trial free of any Directory.Build.props above it."),
        Shield("Directory.Build.targets", "Keeps this trial free of any Directory.Build.targets above it."),
        Shield("Directory.Packages.props", "Keeps this trial out of central package management above it."),
    ];

    private readonly string _toolFingerprint = Fingerprint(assets);

    public RenderResult Render(TrialRequest request, TrialPaths paths, int? threads)
    {
        var model = RenderModel.Create(template, manifest.Space, request.Configuration, assets, target);
        var files = renderer.Render(model).Concat(Shields).ToList();
        System.IO.Directory.CreateDirectory(paths.Directory);
        foreach (var file in files)
        {
            var path = Path.Combine(paths.Directory, file.RelativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        TrialConfigFile.Write(request, paths, manifest.Trial, template, target.Device, threads);
        return new RenderResult(files, SourceHash(files));
    }

    private string SourceHash(IEnumerable<RenderedFile> files)
    {
        var text = new StringBuilder(_toolFingerprint);
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            text.Append('\0').Append(file.RelativePath).Append('\0').Append(file.Text);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static RenderedFile Shield(string name, string comment) =>
        new(name, $"<Project>\n  <!-- {comment} -->\n</Project>\n");

    private static string Fingerprint(ToolAssets assets)
    {
        var runtime = File.Exists(assets.RuntimeAssembly)
            ? SHA256.HashData(File.ReadAllBytes(assets.RuntimeAssembly))
            : [];
        var targets = File.Exists(assets.BuildTargets) ? File.ReadAllText(assets.BuildTargets) : "";
        return Convert.ToHexStringLower(runtime) + targets;
    }
}

/// <summary>The files of a rendered trial project and the hash that keys its build.</summary>
public sealed record RenderResult(IReadOnlyList<RenderedFile> Files, string SourceHash);
