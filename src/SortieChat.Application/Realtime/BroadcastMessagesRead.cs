using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Chats;

namespace SortieChat.Application.Realtime;

public sealed class BroadcastMessagesRead(IRealtimeNotifier notifier) : CommittedEventHandler<MessagesRead>
{
    protected override Task HandleAsync(MessagesRead domainEvent, CancellationToken cancellationToken) =>
        notifier.MessageReadAsync(
            new MessageReadNotice(domainEvent.SortieId, domainEvent.MessageId, domainEvent.UserId, domainEvent.LastReadSeq), cancellationToken);
}
