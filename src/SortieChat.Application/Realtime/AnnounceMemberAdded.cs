using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Chats;

namespace SortieChat.Application.Realtime;

public sealed class AnnounceMemberAdded(IRealtimeNotifier notifier) : CommittedEventHandler<MemberAdded>
{
    protected override Task HandleAsync(MemberAdded domainEvent, CancellationToken cancellationToken) =>
        domainEvent.Role == ChatRole.Creator
            ? Task.CompletedTask
            : notifier.NotifyRoomAsync(
                new RealtimeNotification(
                    domainEvent.SortieId,
                    NotificationKinds.MemberAdded,
                    "A new member joined the chat.",
                    new Dictionary<string, string?> { ["userId"] = domainEvent.UserId, ["chatId"] = domainEvent.ChatId }),
                cancellationToken);
}
