using MongoDB.Driver;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Chats;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>
/// Counted from the messages' <c>mentions</c> arrays: for a user, one (mentions, chatId, seq) range per chat; for a
/// chat's members, the (chatId, seq) range above the lowest watermark, whose few mentions are counted here.
/// </summary>
internal sealed class MongoUnreadMentions(MongoUnitOfWork unitOfWork) : MongoRepository(unitOfWork), IUnreadMentions
{
    public async Task<IReadOnlyDictionary<string, long>> OfUserAsync(
        string userId, IReadOnlyCollection<ChatWatermark> chats, CancellationToken cancellationToken)
    {
        if (chats.Count == 0)
        {
            return new Dictionary<string, long>();
        }

        var mentions = await FindAsync(C.Messages, MongoQueries.UnreadMentionsOf(userId, chats), cancellationToken);
        return mentions.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => (long)g.Count());
    }

    public async Task<IReadOnlyDictionary<string, long>> OfMembersAsync(
        string chatId, IReadOnlyCollection<ChatMember> members, CancellationToken cancellationToken)
    {
        if (members.Count == 0)
        {
            return new Dictionary<string, long>();
        }

        var mentioning = await FindAsync(C.Messages, MongoQueries.MentioningAfter(chatId, members.Min(m => m.LastReadSeq)), cancellationToken);
        var watermarks = members.ToDictionary(m => m.UserId, m => m.LastReadSeq);
        return mentioning
            .SelectMany(m => m.Mentions.Select(userId => (UserId: userId, m.Seq)))
            .Where(row => watermarks.TryGetValue(row.UserId, out var read) && row.Seq > read)
            .GroupBy(row => row.UserId)
            .ToDictionary(g => g.Key, g => (long)g.Count());
    }
}
