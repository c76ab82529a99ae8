using System.Runtime.InteropServices;

namespace DotnetTune.Trial;

/// <summary>
/// Ends the trial when the tool that started it is gone (killed with SIGKILL, say), so no trial
/// outlives its sweep. The tool names itself in DOTNET_TUNE_PARENT_PID; a trial run by hand
/// has no such variable and is not watched.
/// </summary>
internal static partial class ParentWatchdog
{
    public const string ParentVariable = "DOTNET_TUNE_PARENT_PID";
    private const int OrphanedExitCode = 137;
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(500);

    public static void Start()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        if (!int.TryParse(Environment.GetEnvironmentVariable(ParentVariable), out var parent) || parent <= 0)
        {
            return;
        }

        var thread = new Thread(() => Watch(parent)) { IsBackground = true, Name = "dotnet-tune parent watchdog" };
        thread.Start();
    }

    private static void Watch(int parent)
    {
        while (true)
        {
            if (GetParentProcessId() != parent)
            {
                Console.Error.WriteLine("trial stopped: the dotnet-tune process that started it has exited");
                Environment.Exit(OrphanedExitCode);
            }

            Thread.Sleep(CheckEvery);
        }
    }

    [LibraryImport("libc", EntryPoint = "getppid")]
    private static partial int GetParentProcessId();
}
