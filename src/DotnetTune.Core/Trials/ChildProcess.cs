using System.Diagnostics;

namespace DotnetTune.Trials;

/// <summary>
/// Runs a child process, hands each line of its output to callbacks as it comes, and on
/// timeout or cancellation kills its whole process tree, so nothing it started outlives it.
/// </summary>
public static class ChildProcess
{
    public static async Task<ChildProcessResult> RunAsync(
        ProcessStartInfo start,
        Action<string> onStdout,
        Action<string> onStderr,
        TimeSpan? timeout,
        CancellationToken cancellationToken)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        using var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => Forward(e.Data, onStdout);
        process.ErrorDataReceived += (_, e) => Forward(e.Data, onStderr);
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timer = timeout is { } limit
            ? new CancellationTokenSource(limit)
            : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            var timedOut = timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested;
            return new ChildProcessResult(process.ExitCode, stopwatch.Elapsed, timedOut, !timedOut);
        }

        // Drain the last buffered lines: WaitForExitAsync returns before the readers finish.
        process.WaitForExit();
        return new ChildProcessResult(process.ExitCode, stopwatch.Elapsed, false, false);
    }

    private static void Forward(string? line, Action<string> handler)
    {
        if (line is not null)
        {
            handler(line);
        }
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the timeout and the kill.
        }
    }
}

/// <param name="TimedOut">The process ran past its timeout and was killed.</param>
/// <param name="Cancelled">The caller cancelled (Ctrl+C, the sweep stopping) and the process was killed.</param>
public sealed record ChildProcessResult(int ExitCode, TimeSpan Elapsed, bool TimedOut, bool Cancelled);
