using DotnetTune.Build.Elf;

namespace DotnetTune.Build;

/// <summary>Finds this host's libstdc++.so.6 and reads the versions it defines.</summary>
public static class HostLibStdCxx
{
    public const string FileName = "libstdc++.so.6";

    private static readonly string[] StandardDirectories =
    [
        "/usr/lib/x86_64-linux-gnu",
        "/lib/x86_64-linux-gnu",
        "/usr/lib64",
        "/lib64",
        "/usr/lib/aarch64-linux-gnu",
        "/usr/lib",
    ];

    /// <summary>
    /// The first libstdc++.so.6 in LD_LIBRARY_PATH, then in the usual folders; null when none.
    /// </summary>
    public static string? Locate(string? ldLibraryPath)
    {
        var searched = (ldLibraryPath ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(StandardDirectories);
        return searched
            .Select(directory => Path.Combine(directory, FileName))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>
    /// The versions (GLIBCXX_*, CXXABI_*, ...) the host's libstdc++ defines; null when none is
    /// found.
    /// </summary>
    public static HostLibrary? Read()
    {
        var path = Locate(Environment.GetEnvironmentVariable("LD_LIBRARY_PATH"));
        if (path is null)
        {
            return null;
        }

        var versions = VersionDefinitionReader.Read(ElfImage.Read(path));
        return new HostLibrary(path, versions.ToHashSet(StringComparer.Ordinal));
    }
}

/// <summary>A shared library found on this host and the versions it defines.</summary>
public sealed record HostLibrary(string Path, IReadOnlySet<string> Versions);
