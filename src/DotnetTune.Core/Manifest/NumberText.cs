using System.Globalization;
using DotnetTune.Space;

namespace DotnetTune.Manifest;

/// <summary>Numbers in messages, the same whatever the user's culture: 0.5, -1, 1,296.</summary>
internal static class NumberText
{
    /// <summary>Whole numbers without a decimal point (3, not 3.0); others in shortest round-trip form.</summary>
    public static string Show(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? value.ToString("0", CultureInfo.InvariantCulture)
            : ParameterValue.FormatFloat(value);

    public static string Show(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>With thousands separators: 1,000,000.</summary>
    public static string Grouped(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
