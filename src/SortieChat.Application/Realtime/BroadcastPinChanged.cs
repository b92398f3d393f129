using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Realtime;

public sealed class BroadcastPinChanged(IRealtimeNotifier notifier, IChatRepository chats) : CommittedEventHandler<PinChanged>
{
    protected override Task HandleAsync(PinChanged domainEvent, CancellationToken cancellationToken) =>
        MessageUpdates.BroadcastAsync(notifier, chats, domainEvent.Message, cancellationToken);
}
