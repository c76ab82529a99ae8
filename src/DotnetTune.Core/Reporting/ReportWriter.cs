using System.Globalization;
using System.Text;
using DotnetTune.Manifest;
using DotnetTune.Store;
using DotnetTune.Trials;

namespace DotnetTune.Reporting;

/// <summary>
/// Writes report.md, a GitHub-flavoured markdown page fit to paste into a pull request: the
/// study, the best configuration, the top ten, failures with reasons and how to rerun the best.
/// </summary>
public static class ReportWriter
{
    private const int TopCount = 10;

    public static string Render(StudyResults results, string workingDirectory)
    {
        var text = new StringBuilder();
        WriteHeader(text, results);
        WriteBest(text, results, workingDirectory);
        WriteTop(text, results);
        WriteFailures(text, results);
        foreach (var note in results.StrategyNotes ?? [])
        {
            text.AppendLine(note).AppendLine();
        }

        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    public static void Write(StudyResults results, string path, string workingDirectory) =>
        AtomicFile.Write(path, Render(results, workingDirectory));

    private static void WriteHeader(StringBuilder text, StudyResults results)
    {
        var manifest = results.Manifest;
        var search = manifest.Search;
        var objective = manifest.Objective;
        var direction = objective.Direction == Direction.Maximize ? "maximize" : "minimize";
        var failed = results.Count(TrialStatus.Failed);
        var timedOut = results.Count(TrialStatus.TimedOut);
        text.AppendLine($"# Tuning study `{manifest.Study.Name}`").AppendLine();
        text.AppendLine("| | |").AppendLine("|---|---|");
        text.AppendLine($"| objective | {direction} `{objective.Metric}` |");
        var repeats = search.Repeats > 1 ? $", {search.Repeats} seeds each" : "";
        text.AppendLine($"| strategy | {search.Strategy}, budget {search.Trials} configurations{repeats} |");
        text.AppendLine($"| trials | {results.Count(TrialStatus.Completed)} completed, {failed} failed, " +
                        $"{timedOut} timed out, {results.Count(TrialStatus.Pruned)} pruned |");
        var run = results.RunWallTime is { } whole
            ? $" (the latest run: {Durations.Format(whole)}, builds included)"
            : "";
        text.AppendLine($"| wall time | {Durations.Format(results.WallTime)} of trials{run} |");
        text.AppendLine($"| device | {results.Device}, {results.ThreadsPerTrial} thread(s) per trial, " +
                        $"{search.Parallel} at a time |");
        var epochs = manifest.Space.Find("epochs") is null ? $"{manifest.Trial.Epochs} epoch(s)" : "epochs tuned";
        text.AppendLine($"| template | {manifest.Trial.Template}, {epochs} |");
        text.AppendLine($"| seed | {manifest.Study.Seed} |");
        if (results.ToolVersion is not null)
        {
            text.AppendLine($"| tool | dotnet-tune {results.ToolVersion} |");
        }

        if (results.StopReason is not null)
        {
            text.AppendLine($"| stopped | {Escape(results.StopReason)} |");
        }

        text.AppendLine();
    }

    private static void WriteBest(StringBuilder text, StudyResults results, string workingDirectory)
    {
        text.AppendLine("## Best configuration").AppendLine();
        if (results.Best is not { } best)
        {
            text.AppendLine("No trial completed with a finite objective value, so there is no best configuration.");
            text.AppendLine();
            return;
        }

        var metric = results.Manifest.Objective.Metric;
        var spread = best.Values.Count > 1
            ? $" ± {Number(best.StandardDeviation)} over {best.Values.Count} seeds"
            : "";
        text.AppendLine($"Trial `{best.First.Id}`: **{metric} = {Number(best.Mean)}**{spread}").AppendLine();
        text.AppendLine("| parameter | value |").AppendLine("|---|---|");
        foreach (var (name, value) in best.Configuration)
        {
            text.AppendLine($"| {name} | {Escape(value.ToString())} |");
        }

        text.AppendLine();
        var layout = new StudyLayout(results.Manifest.StudyDirectory);
        var folder = RelativeOrAbsolute(layout.Trial(best.First.Id).Directory, workingDirectory);
        text.AppendLine("Rerun it by hand (the folder holds the rendered project and its trial.json):").AppendLine();
        text.AppendLine("```sh").AppendLine($"cd {ShellWord(folder)} && dotnet run -c Release").AppendLine("```");
        text.AppendLine();
        var manifestFile = ShellWord(RelativeOrAbsolute(results.Manifest.FilePath, workingDirectory));
        text.AppendLine($"Run the whole study again from scratch with `dotnet tune run {manifestFile} --fresh`.");
        text.AppendLine();
        WriteNoiseWarning(text, results);
    }

    private static void WriteNoiseWarning(StringBuilder text, StudyResults results)
    {
        var ranked = results.Ranked;
        if (ranked.Count < 2 || ranked[0].Values.Count < 2 || ranked[1].Values.Count < 2)
        {
            return;
        }

        var gap = Math.Abs(ranked[0].Mean - ranked[1].Mean);
        var noise = Math.Max(ranked[0].StandardDeviation, ranked[1].StandardDeviation);
        if (gap <= noise)
        {
            text.AppendLine($"> **Within the noise:** the best two configurations differ by {Number(gap)}, " +
                            $"less than the seeds' standard deviation ({Number(noise)}). " +
                            "Treat them as tied, or run more repeats.");
            text.AppendLine();
        }
    }

    private static void WriteTop(StringBuilder text, StudyResults results)
    {
        var ranked = results.Ranked.Take(TopCount).ToList();
        if (ranked.Count == 0)
        {
            return;
        }

        var metric = results.Manifest.Objective.Metric;
        var names = results.Manifest.Space.Tuned.Select(p => p.Name).ToList();
        var repeats = results.Manifest.Search.Repeats > 1;
        text.AppendLine($"## Top {ranked.Count} by {metric}").AppendLine();
        var header = new List<string> { "rank", "trial", metric };
        if (repeats)
        {
            header.Add("std");
        }

        header.AddRange(names);
        header.Add("duration");
        text.AppendLine("| " + string.Join(" | ", header) + " |");
        text.AppendLine("|" + string.Concat(header.Select(_ => "---|")));
        for (var i = 0; i < ranked.Count; i++)
        {
            var row = ranked[i];
            var rank = (i + 1).ToString(CultureInfo.InvariantCulture);
            var cells = new List<string> { rank, $"`{row.First.Id}`", Number(row.Mean) };
            if (repeats)
            {
                cells.Add(Number(row.StandardDeviation));
            }

            cells.AddRange(names.Select(n => row.Configuration.TryGetValue(n, out var v) ? Short(v) : "–"));
            var seconds = row.Trials.Sum(t => t.DurationSeconds ?? 0);
            cells.Add(Durations.Format(TimeSpan.FromSeconds(seconds)));
            text.AppendLine("| " + string.Join(" | ", cells) + " |");
        }

        text.AppendLine();
    }

    private static void WriteFailures(StringBuilder text, StudyResults results)
    {
        var failed = results.Trials.Where(t => t.Status is TrialStatus.Failed or TrialStatus.TimedOut or
            TrialStatus.Interrupted).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        text.AppendLine("## Trials that did not complete").AppendLine();
        text.AppendLine("| trial | status | reason | parameters |").AppendLine("|---|---|---|---|");
        foreach (var trial in failed)
        {
            text.AppendLine($"| `{trial.Id}` | {trial.Status.ToName()} | {Escape(trial.Reason ?? "")} | " +
                            $"{Escape(trial.Configuration.ToString())} |");
        }

        text.AppendLine();
    }

    /// <summary>Four significant digits, enough to rank, short enough to read.</summary>
    public static string Number(double value) =>
        value.ToString(double.IsFinite(value) ? "G4" : "R", CultureInfo.InvariantCulture);

    /// <summary>Floats to four significant digits in tables; the best configuration shows them whole.</summary>
    private static string Short(DotnetTune.Space.ParameterValue value) =>
        value.Kind == DotnetTune.Space.ValueKind.Float ? Number(value.AsDouble()) : Escape(value.ToString());

    private static string Escape(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>A path as one shell word: quoted when it holds anything but plain path characters.</summary>
    private static string ShellWord(string path) =>
        path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-')
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string RelativeOrAbsolute(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
