using System.Buffers;
using System.Text;
using System.Text.Json;

namespace DotnetTune.Trial.Metrics;

/// <summary>
/// Writes the trial's results for the tool: one JSON object per line on stdout, flushed at once.
/// Numbers that are not finite are written as the strings "NaN", "Infinity" and "-Infinity",
/// which JSON cannot hold as numbers. Logs for people go to stderr, never here.
/// </summary>
public sealed class MetricsReporter(TextWriter output)
{
    /// <summary>
    /// Writes {"epoch":N, name:value, ...}, e.g. the losses and accuracy after an epoch.
    /// </summary>
    public void ReportEpoch(int epoch, params ReadOnlySpan<(string Name, double Value)> metrics)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("epoch", epoch);
            foreach (var (name, value) in metrics)
            {
                WriteNumber(json, name, value);
            }

            json.WriteEndObject();
        }

        WriteLine(buffer);
    }

    /// <summary>
    /// Writes the last line, {"event":"finished","seconds":S}, S counted from the start of Main.
    /// </summary>
    public void ReportFinished(double seconds)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("event", "finished");
            WriteNumber(json, "seconds", Math.Round(seconds, 3));
            json.WriteEndObject();
        }

        WriteLine(buffer);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
            return;
        }

        json.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
    }

    private void WriteLine(ArrayBufferWriter<byte> buffer)
    {
        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        output.Flush();
    }
}
