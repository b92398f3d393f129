using SortieChat.Domain.Chats;

namespace SortieChat.Application.Abstractions.Persistence;

/// <summary>
/// How many messages above a member's read watermark mention them (DESIGN.md section 8, <c>unreadMentions</c>);
/// a deleted message mentions no one. Counts of zero are left out of the answers.
/// </summary>
public interface IUnreadMentions
{
    /// <summary>One user's counts in each of <paramref name="chats"/>, by chat id: what a chat list shows.</summary>
    Task<IReadOnlyDictionary<string, long>> OfUserAsync(string userId, IReadOnlyCollection<ChatWatermark> chats, CancellationToken cancellationToken);

    /// <summary>Each of <paramref name="members"/>' count in one chat, by user id: what chatUpdated carries.</summary>
    Task<IReadOnlyDictionary<string, long>> OfMembersAsync(string chatId, IReadOnlyCollection<ChatMember> members, CancellationToken cancellationToken);
}

/// <summary>A chat and the seq up to which its reader has read.</summary>
public sealed record ChatWatermark(string ChatId, long LastReadSeq);
