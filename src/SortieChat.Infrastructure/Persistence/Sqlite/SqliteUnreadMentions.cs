using System.Text.Json;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Chats;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>Counted from message_mentions: one primary-key range per chat for a user, one index range for a chat's members.</summary>
internal sealed class SqliteUnreadMentions(SqliteUnitOfWork unitOfWork) : IUnreadMentions
{
    public async Task<IReadOnlyDictionary<string, long>> OfUserAsync(
        string userId, IReadOnlyCollection<ChatWatermark> chats, CancellationToken cancellationToken)
    {
        if (chats.Count == 0)
        {
            return new Dictionary<string, long>();
        }

        var watermarks = JsonSerializer.Serialize(chats.Select(c => new { c = c.ChatId, w = c.LastReadSeq }));
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        var counts = await db.QueryAsync(SqliteQueries.UnreadMentionsOfUser, r => (ChatId: r.GetString(0), Count: r.GetInt64(1)), cancellationToken, ("$user", userId), ("$chats", watermarks));
        return counts.Where(c => c.Count > 0).ToDictionary(c => c.ChatId, c => c.Count);
    }

    public async Task<IReadOnlyDictionary<string, long>> OfMembersAsync(
        string chatId, IReadOnlyCollection<ChatMember> members, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return new Dictionary<string, long>();
        }

        // Mentions are rare beside messages: the rows above the lowest watermark are few, and counted here.
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        var rows = await db.QueryAsync(SqliteQueries.MentionsInChatAfter, r => (UserId: r.GetString(0), Seq: r.GetInt64(1)), cancellationToken,
            ("$chat", chatId), ("$after", members.Min(m => m.LastReadSeq)));
        var watermarks = members.ToDictionary(m => m.UserId, m => m.LastReadSeq);
        return rows.Where(row => watermarks.TryGetValue(row.UserId, out var read) && row.Seq > read)
            .GroupBy(row => row.UserId)
            .ToDictionary(g => g.Key, g => (long)g.Count());
    }
}
