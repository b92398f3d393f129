using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.DomainEvents;

/// <summary>
/// Reacts to one kind of committed event. Must not write domain data: its effects may be lost without harm. It runs on
/// its sortie's ordered path, so it must be quick: slow work (a media provider call) goes to <see cref="SlowSideEffects"/>.
/// </summary>
public abstract class CommittedEventHandler<TEvent> : INotificationHandler<DomainEventCommitted>
    where TEvent : IDomainEvent
{
    public ValueTask Handle(DomainEventCommitted notification, CancellationToken cancellationToken) =>
        notification.Event is TEvent domainEvent ? new ValueTask(HandleAsync(domainEvent, cancellationToken)) : default;

    protected abstract Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
