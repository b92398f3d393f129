using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Realtime;

public sealed class BroadcastMessageDeleted(IRealtimeNotifier notifier) : CommittedEventHandler<MessageDeleted>
{
    protected override Task HandleAsync(MessageDeleted domainEvent, CancellationToken cancellationToken) =>
        notifier.MessageDeletedAsync(domainEvent.SortieId, domainEvent.MessageId, cancellationToken);
}
