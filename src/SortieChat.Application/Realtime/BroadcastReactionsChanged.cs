using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Realtime;

public sealed class BroadcastReactionsChanged(IRealtimeNotifier notifier, IChatRepository chats) : CommittedEventHandler<ReactionsChanged>
{
    protected override Task HandleAsync(ReactionsChanged domainEvent, CancellationToken cancellationToken) =>
        MessageUpdates.BroadcastAsync(notifier, chats, domainEvent.Message, cancellationToken);
}
