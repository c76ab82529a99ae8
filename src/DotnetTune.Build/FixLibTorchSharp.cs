using DotnetTune.Build.Elf;
using Microsoft.Build.Framework;
using Task = Microsoft.Build.Utilities.Task;

namespace DotnetTune.Build;

/// <summary>
/// MSBuild task run after a trial's output is copied: on Linux hosts whose libstdc++ is a little
/// too old for TorchSharp, it swaps in a copy of libLibTorchSharp.so that loads there.
/// See <see cref="LibTorchSharpFixer"/>. It never fails the build: at worst it warns.
/// </summary>
public sealed class FixLibTorchSharp : Task
{
    public const string WarningCode = "DTUNE001";

    /// <summary>The folder holding the copied libLibTorchSharp.so, e.g. $(OutDir).</summary>
    [Required]
    public string OutputDirectory { get; set; } = "";

    /// <summary>The folder a relative <see cref="OutputDirectory"/> starts from.</summary>
    public string ProjectDirectory { get; set; } = "";

    /// <summary>Reads the host's libstdc++; replaced in tests to stand for other hosts.</summary>
    internal Func<HostLibrary?> ReadHostLibrary { get; init; } = HostLibStdCxx.Read;

    public override bool Execute()
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        try
        {
            var output = ProjectDirectory.Length > 0
                ? Path.GetFullPath(OutputDirectory, ProjectDirectory)
                : Path.GetFullPath(OutputDirectory);
            Report(LibTorchSharpFixer.Fix(output, ReadHostLibrary()));
        }
        catch (Exception error) when (
            error is ElfFormatException or IOException or UnauthorizedAccessException)
        {
            Warn($"dotnet-tune: could not check {LibTorchSharpFixer.LibraryFileName}: "
                + error.Message);
        }

        return true;
    }

    private void Report(FixOutcome outcome)
    {
        switch (outcome.Action)
        {
            case FixAction.Patched:
                Log.LogMessage(MessageImportance.High, outcome.Message);
                break;
            case FixAction.Refused:
                Warn(outcome.Message);
                break;
            default:
                Log.LogMessage(MessageImportance.Low, outcome.Message);
                break;
        }
    }

    private void Warn(string message) =>
        Log.LogWarning(null, WarningCode, null, null, 0, 0, 0, 0, message);
}
