using System.Text.Json;
using SortieChat.Domain.Messages;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>A message's reactions in one JSON column, [{"emoji","userIds"}] in order of first use; NULL when there is none.</summary>
internal static class SqliteReactions
{
    public static string? ToJson(IReadOnlyList<Reaction> reactions) =>
        reactions.Count == 0 ? null : JsonSerializer.Serialize(reactions.Select(r => new StoredReaction(r.Emoji, r.UserIds)));

    public static IReadOnlyList<Reaction> FromJson(string? json) => json is null
        ? []
        : [.. JsonSerializer.Deserialize<List<StoredReaction>>(json)!.Select(r => new Reaction(r.Emoji, r.UserIds))];

    private sealed record StoredReaction(string Emoji, IReadOnlyList<string> UserIds);
}
