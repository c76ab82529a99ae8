using DotnetTune.Manifest.Toml;

namespace DotnetTune.Manifest;

/// <summary>
/// Reads a Tune.toml: parses it, validates everything (collecting every problem, each located),
/// and binds it to a <see cref="TuneManifest"/>. No exception escapes for any input text.
/// </summary>
public static class ManifestLoader
{
    public const string DefaultFileName = "Tune.toml";

    /// <summary>Reads the manifest at <paramref name="path"/> (a file, or a folder holding Tune.toml).</summary>
    /// <param name="path">As the user gave it; diagnostics name the file this way.</param>
    public static ManifestResult Load(string path, ManifestEnvironment environment)
    {
        var display = path.Length == 0 ? DefaultFileName : path;
        string fullPath;
        string text;
        try
        {
            fullPath = Path.GetFullPath(display);
            if (Directory.Exists(fullPath))
            {
                fullPath = Path.Combine(fullPath, DefaultFileName);
                display = Path.Combine(display, DefaultFileName);
            }

            if (!File.Exists(fullPath))
            {
                return Failure(display, $"file not found: {fullPath}");
            }

            text = File.ReadAllText(fullPath);
        }
        catch (Exception error) when (IsPathProblem(error))
        {
            return Failure(display, $"cannot read the manifest: {error.Message}");
        }

        return Read(text, display, environment, Path.GetDirectoryName(fullPath)!, fullPath);
    }

    /// <summary>Reads manifest text, e.g. in tests.</summary>
    /// <param name="displayPath">The file name diagnostics show.</param>
    /// <param name="manifestDirectory">The folder relative paths start from; by default the folder of
    /// <paramref name="displayPath"/>.</param>
    public static ManifestResult Parse(string text, string displayPath, ManifestEnvironment environment,
        string? manifestDirectory = null)
    {
        var display = displayPath.Length == 0 ? DefaultFileName : displayPath;
        string directory;
        string filePath;
        try
        {
            var fullPath = Path.GetFullPath(display);
            directory = Path.GetFullPath(manifestDirectory ?? Path.GetDirectoryName(fullPath)!);
            filePath = Path.Combine(directory, Path.GetFileName(display));
        }
        catch (Exception error) when (IsPathProblem(error))
        {
            return Failure(display, $"cannot use the path: {error.Message}");
        }

        return Read(text, display, environment, directory, filePath);
    }

    private static ManifestResult Read(string text, string display, ManifestEnvironment environment,
        string directory, string filePath)
    {
        var bag = new DiagnosticBag(display);
        TuneManifest? manifest;
        try
        {
            manifest = new ManifestReader(bag, environment, directory).Read(text, display, filePath);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            var what = $"{error.GetType().Name}: {error.Message}";
            bag.Error(SourcePoint.FileStart, "",
                $"internal error while reading the manifest ({what}); please report it");
            manifest = null;
        }

        return new ManifestResult(bag.HasErrors ? null : manifest, bag.InFileOrder());
    }

    private static bool IsPathProblem(Exception error) =>
        error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    private static ManifestResult Failure(string display, string message)
    {
        var bag = new DiagnosticBag(display);
        bag.Error(SourcePoint.FileStart, "", message);
        return new ManifestResult(null, bag.InFileOrder());
    }
}
