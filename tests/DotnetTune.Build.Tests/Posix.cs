using System.Diagnostics;

namespace DotnetTune.Build.Tests;

/// <summary>Hard links and link counts, which .NET has no API for, through coreutils.</summary>
internal static class Posix
{
    public static void HardLink(string existing, string link) => Run("ln", existing, link);

    public static int LinkCount(string path) => int.Parse(Run("stat", "-c", "%h", path).Trim());

    public static long Inode(string path) => long.Parse(Run("stat", "-c", "%i", path).Trim());

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{program} {string.Join(' ', arguments)} failed: {error}");
        return output;
    }
}
