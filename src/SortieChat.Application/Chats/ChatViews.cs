using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Domain.Chats;

namespace SortieChat.Application.Chats;

/// <summary>
/// Chats as one member sees them: with their last messages, the member's unread mentions and mute, each read once
/// for the whole list.
/// </summary>
internal sealed record ChatViews(IMessageRepository Messages, IUnreadMentions Mentions, IChatMuteStore Mutes)
{
    public async Task<IReadOnlyList<ChatDto>> ViewAsync(IReadOnlyList<Chat> chats, string viewerId, CancellationToken cancellationToken)
    {
        var lastMessages = await Messages.FindManyAsync([.. chats.Select(c => c.LastMessageId).OfType<string>()], cancellationToken);
        var watermarks = chats.Select(c => c.FindMember(viewerId) is { } me ? new ChatWatermark(c.Id, me.LastReadSeq) : null).OfType<ChatWatermark>().ToList();
        var mentions = await Mentions.OfUserAsync(viewerId, watermarks, cancellationToken);
        var muted = await Mutes.MutedChatsAsync(viewerId, [.. chats.Select(c => c.Id)], cancellationToken);
        return [.. chats.Select(c => c.ToDto(viewerId, c.LastMessageId is { } id ? lastMessages.GetValueOrDefault(id) : null) with
        {
            UnreadMentions = mentions.GetValueOrDefault(c.Id),
            Muted = muted.Contains(c.Id),
        })];
    }

    public async Task<ChatDto> ViewAsync(Chat chat, string viewerId, CancellationToken cancellationToken) =>
        (await ViewAsync([chat], viewerId, cancellationToken))[0];
}
