using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Application.Messages;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Realtime;

public sealed class BroadcastMessagePosted(IRealtimeNotifier notifier) : CommittedEventHandler<MessagePosted>
{
    protected override Task HandleAsync(MessagePosted domainEvent, CancellationToken cancellationToken) =>
        notifier.MessagePostedAsync(domainEvent.Message.ToPostedDto(), cancellationToken);
}
