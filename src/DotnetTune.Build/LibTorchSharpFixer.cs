using System.Runtime.Versioning;
using DotnetTune.Build.Elf;

namespace DotnetTune.Build;

/// <summary>
/// Makes the libLibTorchSharp.so in a build output load on a host whose libstdc++ lacks only
/// <see cref="LibStdCxxCompatibility.KnownSafeVersion"/>, by replacing it with a patched copy.
/// </summary>
[SupportedOSPlatform("linux")]
public static class LibTorchSharpFixer
{
    public const string LibraryFileName = "libLibTorchSharp.so";

    private const string Prefix = "dotnet-tune: ";

    public static FixOutcome Fix(string outputDirectory, HostLibrary? host)
    {
        var path = Path.Combine(outputDirectory, LibraryFileName);
        if (!File.Exists(path))
        {
            return new FixOutcome(
                FixAction.Nothing, $"{Prefix}no {LibraryFileName} in {outputDirectory}");
        }

        if (host is null)
        {
            return new FixOutcome(
                FixAction.Nothing,
                $"{Prefix}found no {HostLibStdCxx.FileName} to check {LibraryFileName} against");
        }

        var diagnosis = LibStdCxxCompatibility.Diagnose(ElfImage.Read(path), host.Versions);
        return diagnosis.State switch
        {
            LibStdCxxState.Loadable => new FixOutcome(
                FixAction.Nothing,
                $"{Prefix}{host.Path} has every version {LibraryFileName} needs"),
            LibStdCxxState.NeedsWeakPatch => Patch(path),
            _ => new FixOutcome(FixAction.Refused, RefusalMessage(host, diagnosis)),
        };
    }

    private static FixOutcome Patch(string path)
    {
        var version = LibStdCxxCompatibility.KnownSafeVersion;
        var patched = WeakVersionPatch.Apply(ElfImage.Read(path), HostLibStdCxx.FileName, version);
        ReplaceWithNewFile(path, patched);
        return new FixOutcome(
            FixAction.Patched,
            $"{Prefix}this host's libstdc++ lacks {version}; wrote a copy of {LibraryFileName} "
            + "with that need marked weak (the symbol needing it is never called)");
    }

    /// <summary>
    /// Writes the new bytes to a new file and renames it over <paramref name="path"/>. The old file
    /// is usually a hard link into the NuGet cache, so writing into it would change the cache.
    /// The copy keeps the old file's time stamp, so that MSBuild's incremental copy, which
    /// compares size and time, sees it as up to date and does not link the original back.
    /// </summary>
    private static void ReplaceWithNewFile(string path, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(path)!;
        var temporary = Path.Combine(directory, $".{LibraryFileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(bytes);
            }

            File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            File.SetLastWriteTimeUtc(temporary, File.GetLastWriteTimeUtc(path));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static string RefusalMessage(HostLibrary host, LibStdCxxDiagnosis diagnosis)
    {
        var missing = string.Join(", ", diagnosis.MissingVersions);
        var problem = diagnosis.UnsafeSymbols.Count == 0
            ? $"{host.Path} lacks {missing}, which {LibraryFileName} needs"
            : $"{host.Path} lacks {missing}, which {LibraryFileName} needs for "
                + string.Join(", ", diagnosis.UnsafeSymbols);
        return $"{Prefix}{problem}; TorchSharp will not load on this host. Install a newer "
            + "libstdc++ (from GCC 13 or later) or put a folder holding one on LD_LIBRARY_PATH.";
    }
}

public enum FixAction
{
    /// <summary>The file was absent or loads as it is; nothing changed.</summary>
    Nothing,

    /// <summary>
    /// The file was replaced with a copy whose need of the known-safe version is weak.
    /// </summary>
    Patched,

    /// <summary>The file will not load and no safe patch is known; nothing changed.</summary>
    Refused,
}

/// <summary>
/// What <see cref="LibTorchSharpFixer.Fix"/> did, with one line that says it and why.
/// </summary>
public sealed record FixOutcome(FixAction Action, string Message);
