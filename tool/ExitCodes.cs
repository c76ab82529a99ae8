namespace DotnetTune.Tool;

/// <summary>The tool's exit codes, as README documents them.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked (a sweep may still hold failed trials).</summary>
    public const int Success = 0;

    /// <summary>The sweep ran but stopped on max_failed, or no trial completed.</summary>
    public const int SweepFailed = 1;

    /// <summary>Bad input: a manifest error, an unknown template, a missing file.</summary>
    public const int UsageError = 2;

    /// <summary>Stopped by Ctrl+C or SIGTERM; running it again resumes.</summary>
    public const int Interrupted = 130;
}
