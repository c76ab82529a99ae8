using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using DotnetTune.Templates;

namespace DotnetTune.Trials;

/// <summary>
/// Builds each distinct rendered source once, into builds/&lt;hash&gt;/, and remembers the result
/// on disk, so later trials and later runs of the study launch the cached build. A failed
/// build is remembered too: every trial of that source fails with the same compiler output.
/// </summary>
public sealed class BuildCache(StudyLayout layout)
{
    private const string ResultFileName = "build.json";

    /// <summary>How the reason of a trial whose project did not build begins.</summary>
    public const string FailurePrefix = "the trial project did not build";
    private readonly ConcurrentDictionary<string, Lazy<Task<BuildResult>>> _builds = new();

    /// <summary>Raised once per build actually run (not for cache hits), before it starts.</summary>
    public event Action<string>? BuildStarted;

    /// <summary>
    /// The build of this source: built now by the first trial that needs it, waited for by the
    /// trials that need it meanwhile (a cache hit for them), read from disk on later runs.
    /// </summary>
    public async Task<BuildResult> EnsureBuiltAsync(RenderResult source, CancellationToken cancellationToken)
    {
        var mine = new Lazy<Task<BuildResult>>(() => LoadOrBuildAsync(source, cancellationToken));
        var lazy = _builds.GetOrAdd(source.SourceHash, mine);
        var result = await lazy.Value.ConfigureAwait(false);
        return ReferenceEquals(lazy, mine) ? result : result with { CacheHit = true };
    }

    private async Task<BuildResult> LoadOrBuildAsync(RenderResult source, CancellationToken cancellationToken)
    {
        var directory = layout.Build(source.SourceHash);
        var resultFile = Path.Combine(directory, ResultFileName);
        if (File.Exists(resultFile) && ReadResult(resultFile) is { } cached && IsUsable(cached))
        {
            return cached with { CacheHit = true };
        }

        BuildStarted?.Invoke(source.SourceHash);
        var result = await BuildAsync(source, directory, cancellationToken).ConfigureAwait(false);
        // Only successes are kept on disk: a failure may come from the machine (a package feed
        // that was down), and a fixed template renders another hash anyway.
        if (result.Succeeded)
        {
            WriteResult(resultFile, result);
        }
        else if (result.Cancelled)
        {
            _builds.TryRemove(source.SourceHash, out _);
        }

        return result;
    }

    private static async Task<BuildResult> BuildAsync(RenderResult source, string directory, CancellationToken token)
    {
        var sourceDirectory = Path.Combine(directory, "src");
        var outputDirectory = Path.Combine(directory, "bin");
        WriteSource(source.Files, sourceDirectory);
        var project = source.Files.Select(f => f.RelativePath)
            .FirstOrDefault(p => p.EndsWith(".csproj", StringComparison.Ordinal) && !p.Contains('/'));
        if (project is null)
        {
            return BuildResult.Failure(source.SourceHash, "the template renders no .csproj file at its top level");
        }

        var start = DotnetCommand.Create(sourceDirectory,
            "build", project, "-c", "Release", "-o", outputDirectory, "--nologo", "-nodeReuse:false",
            "-v:minimal", "-clp:NoSummary");
        var lines = new List<string>();
        var run = await ChildProcess.RunAsync(start, Add(lines), Add(lines), null, token).ConfigureAwait(false);
        File.WriteAllLines(Path.Combine(directory, "build.log"), lines);
        var notes = lines.Select(l => l.Trim()).Where(l => l.StartsWith("dotnet-tune: ", StringComparison.Ordinal))
            .Distinct().ToList();
        var assembly = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(project) + ".dll");
        if (run.Cancelled)
        {
            return BuildResult.Failure(source.SourceHash, "the build was cancelled") with { Cancelled = true };
        }

        if (run.ExitCode != 0 || !File.Exists(assembly))
        {
            var errors = lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).Distinct().Take(10);
            var shown = errors.Any() ? errors : lines.TakeLast(10);
            var message = string.Join(Environment.NewLine, shown);
            var failure = BuildResult.Failure(
                source.SourceHash, $"{FailurePrefix}:{Environment.NewLine}{message}");
            return failure with { Seconds = run.Elapsed.TotalSeconds };
        }

        return new BuildResult(source.SourceHash, true, assembly, null, notes, run.Elapsed.TotalSeconds);
    }

    private static void WriteSource(IEnumerable<RenderedFile> files, string sourceDirectory)
    {
        Directory.CreateDirectory(sourceDirectory);
        foreach (var file in files)
        {
            var path = Path.Combine(sourceDirectory, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
    }

    private static Action<string> Add(List<string> lines) => line =>
    {
        lock (lines)
        {
            lines.Add(line);
        }
    };

    private static bool IsUsable(BuildResult result) => !result.Succeeded || File.Exists(result.Assembly);

    private static BuildResult? ReadResult(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<BuildResult>(File.ReadAllText(path));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteResult(string path, BuildResult result)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(result));
        File.Move(temporary, path, overwrite: true);
    }
}

/// <param name="Assembly">The built trial's entry assembly (run with `dotnet`).</param>
/// <param name="Error">Why the build failed, with the compiler's messages.</param>
/// <param name="Notes">Lines the build addressed to the user (e.g. the libstdc++ fix).</param>
public sealed record BuildResult(
    string SourceHash,
    bool Succeeded,
    string? Assembly,
    string? Error,
    IReadOnlyList<string> Notes,
    double Seconds)
{
    public bool CacheHit { get; init; }

    public bool Cancelled { get; init; }

    public static BuildResult Failure(string hash, string error) => new(hash, false, null, error, [], 0);
}
