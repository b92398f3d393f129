using Microsoft.Data.Sqlite;
using SortieChat.Domain.Messages;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The one mapping of a <see cref="MediaAttachment"/> to its columns, shared by the messages and the uploads tables
/// (same names in both). A new media field is a column in each table's migration and a line in each member here.
/// </summary>
internal static class SqliteMedia
{
    public const string Columns = "media_url, thumbnail_url, media_duration, file_size, file_name, mime_type, width, height";

    /// <summary>The parameters of <see cref="Parameters"/>, in the order of <see cref="Columns"/>.</summary>
    public const string Values = "$url, $thumb, $duration, $size, $fileName, $mime, $width, $height";

    /// <summary>Sets each column of <see cref="Columns"/> from the parameters of <see cref="Parameters"/>.</summary>
    public const string Assignments =
        "media_url = $url, thumbnail_url = $thumb, media_duration = $duration, file_size = $size, file_name = $fileName, mime_type = $mime, " +
        "width = $width, height = $height";

    public static (string Name, object? Value)[] Parameters(MediaAttachment? m) =>
    [
        ("$url", m?.Url), ("$thumb", m?.ThumbnailUrl), ("$duration", m?.Duration), ("$size", m?.FileSize), ("$fileName", m?.FileName),
        ("$mime", m?.MimeType), ("$width", m?.Width), ("$height", m?.Height),
    ];

    /// <summary>The columns of <see cref="Columns"/> from <paramref name="first"/>; null when there is no media URL.</summary>
    public static MediaAttachment? Read(SqliteDataReader r, int first) => r.IsDBNull(first)
        ? null
        : new MediaAttachment(
            r.GetString(first), r.GetNullableString(first + 1), r.GetNullableDouble(first + 2), r.GetNullableInt64(first + 3),
            r.GetNullableString(first + 4), r.GetNullableString(first + 5), r.GetNullableInt32(first + 6), r.GetNullableInt32(first + 7));
}
