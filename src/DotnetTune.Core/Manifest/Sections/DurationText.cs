using System.Globalization;
using System.Text.RegularExpressions;

namespace DotnetTune.Manifest.Sections;

/// <summary>Reads durations written as "90s", "10m", "2h" or "1h30m" (hours, minutes, seconds in order).</summary>
internal static partial class DurationText
{
    public static TimeSpan? Parse(string text)
    {
        var match = Duration().Match(text.Trim());
        if (!match.Success || text.Trim().Length == 0)
        {
            return null;
        }

        var total = 0.0;
        foreach (var (group, seconds) in new[] { ("h", 3600.0), ("m", 60.0), ("s", 1.0) })
        {
            if (match.Groups[group].Success)
            {
                var count = double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
                total += count * seconds;
            }
        }

        return TimeSpan.FromSeconds(total);
    }

    [GeneratedRegex(@"^(?:(?<h>\d{1,6})\s*h)?\s*(?:(?<m>\d{1,8})\s*m)?\s*(?:(?<s>\d{1,9})\s*s)?$")]
    private static partial Regex Duration();
}
