using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>How values are written and read: dates as fixed-width UTC ISO 8601 text, so they sort as text.</summary>
internal static class SqliteValues
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static object ToDb(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset date => ToText(date),
        bool flag => flag ? 1 : 0,
        _ => value,
    };

    public static DateTimeOffset GetDate(this SqliteDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static DateTimeOffset? GetNullableDate(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDate(ordinal);

    public static string? GetNullableString(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? GetNullableInt64(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static int? GetNullableInt32(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static double? GetNullableDouble(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}
