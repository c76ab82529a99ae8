using System.Globalization;
using DotnetTune.Trials;

namespace DotnetTune.Tool;

/// <summary>
/// Makes sure one dotnet-tune at a time runs a study: `run` holds an exclusive lock on
/// &lt;study&gt;/run.lock while it works, and writes its process id to run.pid beside it (the
/// locked file cannot be read by others). The lock goes with the process, so a killed tool
/// never leaves a study locked.
/// </summary>
public sealed class StudyLock : IDisposable
{
    private const string FileName = "run.lock";
    private const string PidFileName = "run.pid";
    private readonly FileStream _stream;

    private StudyLock(FileStream stream) => _stream = stream;

    public static StudyLock Acquire(StudyLayout layout)
    {
        Directory.CreateDirectory(layout.Directory);
        var path = Path.Combine(layout.Directory, FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            var pid = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(layout.Directory, PidFileName), pid + Environment.NewLine);
            return new StudyLock(stream);
        }
        catch (IOException)
        {
            throw new UserFacingException(
                $"error: study '{Path.GetFileName(layout.Directory)}' is being run by another dotnet-tune " +
                $"({Holder(layout)}); wait for it, or stop it first. `dotnet tune status` shows its progress.");
        }
    }

    /// <summary>True when a dotnet-tune is running the study right now.</summary>
    public static bool IsHeld(StudyLayout layout)
    {
        var path = Path.Combine(layout.Directory, FileName);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Dispose() => _stream.Dispose();

    private static string Holder(StudyLayout layout)
    {
        try
        {
            var pid = File.ReadAllText(Path.Combine(layout.Directory, PidFileName)).Trim();
            return pid.Length == 0 ? "another process" : $"process {pid}";
        }
        catch (IOException)
        {
            return "another process";
        }
    }
}
