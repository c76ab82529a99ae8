using System.Globalization;

namespace DotnetTune.Trials;

/// <summary>Short human durations: 45s, 2m05s, 1h02m.</summary>
public static class Durations
{
    public static string Format(TimeSpan span)
    {
        if (span.TotalSeconds < 60)
        {
            return span.TotalSeconds.ToString(span.TotalSeconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + "s";
        }

        if (span.TotalMinutes < 60)
        {
            return $"{(int)span.TotalMinutes}m{span.Seconds:D2}s";
        }

        return $"{(int)span.TotalHours}h{span.Minutes:D2}m";
    }
}
