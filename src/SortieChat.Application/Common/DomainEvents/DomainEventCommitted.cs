using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Common.DomainEvents;

/// <summary>
/// The mediator's notification for a committed domain event. The Domain takes no packages, so its events cannot be
/// notifications themselves, and the source-generated mediator takes no generic notifications: one envelope carries
/// them all, and <see cref="CommittedEventHandler{TEvent}"/> picks the events it handles.
/// </summary>
public sealed record DomainEventCommitted(IDomainEvent Event) : INotification;
