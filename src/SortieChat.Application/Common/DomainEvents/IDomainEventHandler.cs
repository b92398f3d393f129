using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.DomainEvents;

/// <summary>Reacts to a committed event. Must not write to the database; its effects may be lost without harm.</summary>
public interface IDomainEventHandler<in TEvent>
    where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
