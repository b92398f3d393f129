using SortieChat.Application.Abstractions.Push;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Push;

/// <summary>A committed message goes to the offline members' devices; system messages included (someone joined, left).</summary>
public sealed class PushMessagePosted(IOfflinePush push) : CommittedEventHandler<MessagePosted>
{
    protected override Task HandleAsync(MessagePosted domainEvent, CancellationToken cancellationToken)
    {
        push.MessagePosted(domainEvent.Message);
        return Task.CompletedTask;
    }
}
