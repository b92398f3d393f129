using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Chats;

namespace SortieChat.Application.Realtime;

/// <summary>A removed member leaves the room at once, on every connection; then the room and they are told.</summary>
public sealed class EvictRemovedMember(IRealtimeNotifier notifier) : CommittedEventHandler<MemberRemoved>
{
    protected override async Task HandleAsync(MemberRemoved domainEvent, CancellationToken cancellationToken)
    {
        await notifier.RemoveFromRoomAsync(domainEvent.SortieId, domainEvent.UserId, cancellationToken);
        var data = new Dictionary<string, string?> { ["userId"] = domainEvent.UserId, ["chatId"] = domainEvent.ChatId };
        await notifier.NotifyUserAsync(
            domainEvent.UserId,
            new RealtimeNotification(domainEvent.SortieId, NotificationKinds.Removed, "You are no longer a member of this chat.", data),
            cancellationToken);
        await notifier.NotifyRoomAsync(
            new RealtimeNotification(domainEvent.SortieId, NotificationKinds.MemberRemoved, "A member left the chat.", data),
            cancellationToken);
    }
}
