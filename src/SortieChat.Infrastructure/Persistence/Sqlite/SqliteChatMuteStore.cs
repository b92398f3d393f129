using System.Text.Json;
using SortieChat.Application.Abstractions.Push;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteChatMuteStore(SqliteDatabase database, SqliteGroupCommit groupCommit) : IChatMuteStore
{
    public Task SetAsync(string chatId, string userId, bool muted, CancellationToken cancellationToken) => groupCommit.WriteAloneAsync(
        db => db.ExecuteAsync(
            muted
                ? "INSERT INTO chat_mutes (chat_id, user_id) VALUES ($chat, $user) ON CONFLICT DO NOTHING"
                : "DELETE FROM chat_mutes WHERE chat_id = $chat AND user_id = $user",
            cancellationToken, ("$chat", chatId), ("$user", userId)),
        cancellationToken);

    public async Task<IReadOnlySet<string>> MutedUsersAsync(string chatId, CancellationToken cancellationToken)
    {
        await using var db = await database.ReadScopeAsync(cancellationToken);
        return (await db.QueryAsync("SELECT user_id FROM chat_mutes WHERE chat_id = $chat", r => r.GetString(0), cancellationToken, ("$chat", chatId)))
            .ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlySet<string>> MutedChatsAsync(string userId, IReadOnlyCollection<string> chatIds, CancellationToken cancellationToken)
    {
        if (chatIds.Count == 0)
        {
            return new HashSet<string>();
        }

        await using var db = await database.ReadScopeAsync(cancellationToken);
        return (await db.QueryAsync(
                SqliteQueries.MutedChatsOfUser,
                r => r.GetString(0), cancellationToken, ("$chats", JsonSerializer.Serialize(chatIds)), ("$user", userId)))
            .ToHashSet(StringComparer.Ordinal);
    }
}
