using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Messages;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Realtime;

/// <summary>The room's messageUpdated for a changed message; readBy comes from the chat's watermarks as committed.</summary>
internal static class MessageUpdates
{
    public static async Task BroadcastAsync(IRealtimeNotifier notifier, IChatRepository chats, Message message, CancellationToken cancellationToken)
    {
        var members = (await chats.FindByIdAsync(message.ChatId, cancellationToken))?.Members ?? [];
        await notifier.MessageUpdatedAsync(message.ToDto(members), cancellationToken);
    }
}
