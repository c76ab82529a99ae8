using System.Globalization;
using DotnetTune.Manifest;
using DotnetTune.Store;

namespace DotnetTune.Trials;

/// <summary>
/// Launches a built trial in its folder, streams its stdout into metrics and logs as they come,
/// and judges how it ended. Expected failures are results, not exceptions.
/// </summary>
public sealed class RunStage(ObjectiveSettings objective, TimeSpan? timeout)
{
    private const int StderrTailLines = 2;
    private const string TrialFailedPrefix = "trial failed: ";

    public async Task<RunResult> RunAsync(
        BuildResult build,
        TrialPaths paths,
        int? threads,
        Action<EpochMetrics> onEpoch,
        CancellationToken cancellationToken)
    {
        var start = DotnetCommand.Create(paths.Directory, build.Assembly!, paths.ConfigFile);

        // The trial runtime ends a trial whose tool is gone; see ParentWatchdog in DotnetTune.Trial.
        start.Environment["DOTNET_TUNE_PARENT_PID"] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        if (threads is { } count)
        {
            var text = count.ToString(CultureInfo.InvariantCulture);
            start.Environment["OMP_NUM_THREADS"] = text;
            start.Environment["MKL_NUM_THREADS"] = text;
        }

        var collector = new MetricsCollector();
        var stderrTail = new Queue<string>();
        using var stdout = new StreamWriter(paths.StdoutLog) { AutoFlush = true };
        using var stderr = new StreamWriter(paths.StderrLog) { AutoFlush = true };
        using var metrics = new StreamWriter(paths.MetricsFile) { AutoFlush = true };
        var gate = new object();
        var summarised = false;

        void OnStdout(string line)
        {
            lock (gate)
            {
                stdout.WriteLine(line);
                if (collector.Accept(line) is { } epoch)
                {
                    metrics.WriteLine(line.Trim());
                    onEpoch(epoch);
                }
            }
        }

        void OnStderr(string line)
        {
            lock (gate)
            {
                stderr.WriteLine(line);
                if (line.StartsWith(TrialFailedPrefix, StringComparison.Ordinal))
                {
                    // The trial runtime's own one-line summary says it best: keep it alone.
                    stderrTail.Clear();
                    summarised = true;
                }

                if (IsWorthQuoting(line) && (!summarised || stderrTail.Count == 0))
                {
                    stderrTail.Enqueue(line.Trim());
                    if (stderrTail.Count > StderrTailLines)
                    {
                        stderrTail.Dequeue();
                    }
                }
            }
        }

        var process = await ChildProcess.RunAsync(start, OnStdout, OnStderr, timeout, cancellationToken)
            .ConfigureAwait(false);
        lock (gate)
        {
            var verdict = TrialJudge.Judge(objective, process, collector.Epochs, stderrTail.ToList(), timeout);
            return new RunResult(verdict, process, collector.Epochs.ToList(), collector.OwnSeconds);
        }
    }

    /// <summary>Stack frames (managed and native) and blank lines make a reason longer, not clearer.</summary>
    private static bool IsWorthQuoting(string line)
    {
        var trimmed = line.Trim();
        string[] noise = ["at ", "--- End of", "frame #", "Exception raised from"];
        return trimmed.Length > 0 && !noise.Any(n => trimmed.StartsWith(n, StringComparison.Ordinal));
    }
}

/// <param name="OwnSeconds">What the trial says it spent from its Main to its end, when it said so.</param>
public sealed record RunResult(
    Verdict Verdict,
    ChildProcessResult Process,
    IReadOnlyList<EpochMetrics> Epochs,
    double? OwnSeconds);
