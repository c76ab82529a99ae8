using System.Globalization;
using Microsoft.Data.Sqlite;

namespace DotnetTune.Store.Sqlite;

/// <summary>How values SQLite has no exact type for are written to and read from columns.</summary>
internal static class SqliteValues
{
    // SQLite cannot store NaN as a REAL, so NaN goes in as this text; infinities are plain REALs.
    private const string NaNText = "NaN";

    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static object ToDb(double value) => double.IsNaN(value) ? NaNText : value;

    public static object ToDb(double? value) => value is { } number ? ToDb(number) : DBNull.Value;

    /// <summary>ISO-8601 in UTC to 100 ns, so it sorts as text and reads back exactly.</summary>
    public static object ToDb(DateTimeOffset? value) => value is { } time
        ? time.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture)
        : DBNull.Value;

    public static double? ReadDouble(SqliteDataReader reader, int ordinal) =>
        reader.GetValue(ordinal) switch
        {
            DBNull => null,
            string text => double.Parse(text, CultureInfo.InvariantCulture),
            var number => Convert.ToDouble(number, CultureInfo.InvariantCulture),
        };

    public static DateTimeOffset? ReadTime(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal)
            ? null
            : DateTimeOffset.ParseExact(
                reader.GetString(ordinal),
                DateFormat,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal);

    public static int? ReadInt(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static string? ReadText(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
