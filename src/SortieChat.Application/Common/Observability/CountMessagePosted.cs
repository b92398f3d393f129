using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Common.Observability;

/// <summary>Counts a message once it is committed, whoever posted it (a member, or the server's system messages).</summary>
public sealed class CountMessagePosted(ChatMetrics metrics) : CommittedEventHandler<MessagePosted>
{
    protected override Task HandleAsync(MessagePosted domainEvent, CancellationToken cancellationToken)
    {
        metrics.MessageSent();
        return Task.CompletedTask;
    }
}
