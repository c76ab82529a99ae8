namespace DotnetTune.Manifest.Sections;

/// <summary>
/// Reads trial.data: a folder relative to the manifest, or, when that does not exist, a bundled
/// sample data set of the same name.
/// </summary>
internal static class DataFolder
{
    public static string? Read(TableReader trial, string samplesDirectory, string manifestDirectory)
    {
        var data = trial.String("data", required: true);
        if (data is null)
        {
            return null;
        }

        var entry = trial.Entry("data")!;
        if (data.Trim().Length == 0 || data.Contains('\0'))
        {
            trial.Error(entry, "must name a data folder");
            return null;
        }

        var local = Path.GetFullPath(data, manifestDirectory);
        if (Directory.Exists(local))
        {
            return local;
        }

        if (File.Exists(local))
        {
            trial.Error(entry, $"data must be a folder, but {local} is a file");
            return null;
        }

        if (Bundled(data, samplesDirectory) is { } bundled)
        {
            return bundled;
        }

        trial.Error(entry, $"data folder not found: {local}{BundledList(samplesDirectory)}");
        return null;
    }

    private static string? Bundled(string data, string samplesDirectory)
    {
        if (Path.IsPathRooted(data) || samplesDirectory.Length == 0)
        {
            return null;
        }

        var name = Path.GetFileName(data.TrimEnd('/', '\\'));
        var bundled = Path.Combine(samplesDirectory, name);
        return name.Length > 0 && name != ".." && Directory.Exists(bundled)
            ? Path.GetFullPath(bundled)
            : null;
    }

    private static string BundledList(string samplesDirectory)
    {
        var names = samplesDirectory.Length > 0 && Directory.Exists(samplesDirectory)
            ? Directory.GetDirectories(samplesDirectory).Select(Path.GetFileName).Order().ToList()
            : [];
        return names.Count == 0 ? "" : $" (bundled sample data sets: {string.Join(", ", names)})";
    }
}
