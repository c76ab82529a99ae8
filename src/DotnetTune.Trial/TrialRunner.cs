using System.Diagnostics;

namespace DotnetTune.Trial;

/// <summary>
/// Runs a trial's training as the trial contract wants: loads the context, runs the training,
/// writes the "finished" line, and turns failures into a line on stderr and an exit code.
/// Call it first thing in Main: the "seconds" it reports count from that moment.
/// </summary>
public static class TrialRunner
{
    /// <returns>The process exit code: see <see cref="TrialExitCodes"/>.</returns>
    public static int Run(string[] args, Action<TrialContext> train)
    {
        var startedAt = Stopwatch.GetTimestamp();
        ParentWatchdog.Start();
        try
        {
            var trial = TrialContext.Load(args, startedAt, Console.Out);
            train(trial);
            trial.Metrics.ReportFinished(trial.Elapsed.TotalSeconds);
            return TrialExitCodes.Finished;
        }
        catch (TrialException error)
        {
            Console.Error.WriteLine(error.Message);
            return error.ExitCode;
        }
        catch (Exception error)
        {
            Console.Error.WriteLine(error);
            // Last, one line for the tool to quote: native exceptions carry stack frames after the first line.
            var firstLine = error.Message.Split('\n', 2)[0].Trim();
            Console.Error.WriteLine($"trial failed: {error.GetType().Name}: {firstLine}");
            return TrialExitCodes.Failed;
        }
    }
}
