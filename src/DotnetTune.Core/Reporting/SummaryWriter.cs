using System.Text;
using System.Text.Json;
using DotnetTune.Manifest;
using DotnetTune.Space;
using DotnetTune.Store;

namespace DotnetTune.Reporting;

/// <summary>Writes summary.json: the study, its objective, every trial and the best configuration.</summary>
public static class SummaryWriter
{
    public static string Render(StudyResults results)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            var manifest = results.Manifest;
            writer.WriteStartObject();
            writer.WriteString("study", manifest.Study.Name);
            writer.WriteStartObject("objective");
            writer.WriteString("metric", manifest.Objective.Metric);
            var maximize = manifest.Objective.Direction == Direction.Maximize;
            writer.WriteString("direction", maximize ? "maximize" : "minimize");
            writer.WriteEndObject();
            writer.WriteNumber("seed", manifest.Study.Seed);
            writer.WriteString("strategy", manifest.Search.Strategy);
            writer.WriteString("device", results.Device);
            writer.WriteNumber("repeats", manifest.Search.Repeats);
            if (results.ToolVersion is not null)
            {
                writer.WriteString("tool_version", results.ToolVersion);
            }

            WriteNumber(writer, "wall_time_s", results.WallTime.TotalSeconds);
            if (results.RunWallTime is { } run)
            {
                WriteNumber(writer, "run_wall_time_s", run.TotalSeconds);
            }

            WriteCounts(writer, results);
            if (results.StopReason is not null)
            {
                writer.WriteString("stop_reason", results.StopReason);
            }

            writer.WriteStartArray("trials");
            foreach (var trial in results.Trials)
            {
                WriteTrial(writer, trial);
            }

            writer.WriteEndArray();
            WriteBest(writer, results);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    public static void Write(StudyResults results, string path) => AtomicFile.Write(path, Render(results));

    private static void WriteCounts(Utf8JsonWriter writer, StudyResults results)
    {
        writer.WriteStartObject("counts");
        foreach (var status in Enum.GetValues<TrialStatus>())
        {
            writer.WriteNumber(status.ToName(), results.Count(status));
        }

        writer.WriteEndObject();
    }

    private static void WriteTrial(Utf8JsonWriter writer, TrialRecord trial)
    {
        writer.WriteStartObject();
        writer.WriteString("id", trial.Id);
        writer.WriteNumber("number", trial.Number);
        writer.WriteNumber("repeat", trial.Repeat);
        writer.WriteNumber("seed", trial.Seed);
        writer.WriteString("status", trial.Status.ToName());
        writer.WritePropertyName("params");
        trial.Configuration.WriteTo(writer);
        WriteNullableNumber(writer, "value", trial.Value);
        writer.WriteStartObject("metrics");
        foreach (var (name, value) in trial.LastMetrics)
        {
            WriteNumber(writer, name, value);
        }

        writer.WriteEndObject();
        WriteNullableNumber(writer, "duration_s", trial.DurationSeconds);
        if (trial.ExitCode is { } code)
        {
            writer.WriteNumber("exit_code", code);
        }

        if (trial.Reason is not null)
        {
            writer.WriteString("reason", trial.Reason);
        }

        writer.WriteEndObject();
    }

    private static void WriteBest(Utf8JsonWriter writer, StudyResults results)
    {
        if (results.Best is not { } best)
        {
            writer.WriteNull("best");
            return;
        }

        writer.WriteStartObject("best");
        writer.WriteString("id", best.First.Id);
        WriteNumber(writer, "value", best.Mean);
        if (best.Trials.Count > 1)
        {
            WriteNumber(writer, "std", best.StandardDeviation);
            writer.WriteNumber("seeds", best.Values.Count);
        }

        writer.WritePropertyName("params");
        best.Configuration.WriteTo(writer);
        writer.WriteEndObject();
    }

    private static void WriteNullableNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            WriteNumber(writer, name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>JSON has no NaN or infinity: those are written as strings, as trials report them.</summary>
    private static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
        }
    }
}
