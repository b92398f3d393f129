using System.Text.Json;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// A message's mentions in one JSON column, NULL when there is none. The message_mentions rows beside it are what
/// unread mentions are counted from.
/// </summary>
internal static class SqliteMentions
{
    public static string? ToJson(IReadOnlyList<string> mentions) => mentions.Count == 0 ? null : JsonSerializer.Serialize(mentions);

    public static IReadOnlyList<string> FromJson(string? json) => json is null ? [] : JsonSerializer.Deserialize<List<string>>(json)!;
}
