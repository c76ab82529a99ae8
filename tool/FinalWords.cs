using DotnetTune.Reporting;
using DotnetTune.Sweeps;
using DotnetTune.Trials;

namespace DotnetTune.Tool;

/// <summary>The lines printed when a run ends: the best result and where the files are.</summary>
public static class FinalWords
{
    public static void Print(CommandContext context, StudyResults results, StudyLayout layout, SweepResult sweep)
    {
        var output = context.Output;
        var metric = results.Manifest.Objective.Metric;
        output.WriteLine();
        if (sweep.Interrupted)
        {
            output.WriteLine("interrupted: finished trials are kept; run the same command again to resume");
        }

        if (results.Best is { } best)
        {
            var value = ReportWriter.Number(best.Mean);
            output.WriteLine($"best: trial {best.First.Id}, {metric} = {value} ({best.Configuration})");
        }
        else
        {
            output.WriteLine($"no trial completed with a finite {metric}; see the report for the reasons");
        }

        output.WriteLine($"summary: {Relative(context, layout.Summary)}");
        output.WriteLine($"report:  {Relative(context, layout.Report)}");
    }

    private static string Relative(CommandContext context, string path)
    {
        var relative = Path.GetRelativePath(context.WorkingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
