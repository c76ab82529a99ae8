namespace DotnetTune.Trial;

/// <summary>
/// A failure the trial can explain in one line; <see cref="TrialRunner"/> writes the message to
/// stderr and exits with <see cref="ExitCode"/>.
/// </summary>
public sealed class TrialException(string message, int exitCode = TrialExitCodes.Failed)
    : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

/// <summary>The exit codes of a trial process. Anything but 0 is a failure for the tool.</summary>
public static class TrialExitCodes
{
    /// <summary>Training finished (a diverged run, whose loss became NaN, finishes too).</summary>
    public const int Finished = 0;

    public const int Failed = 1;

    /// <summary>
    /// The config file is missing, malformed, or lacks a parameter the trial reads.
    /// </summary>
    public const int BadConfig = 2;

    /// <summary>The config asks for a device this machine does not have.</summary>
    public const int DeviceUnavailable = 3;
}
