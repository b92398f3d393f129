namespace SortieChat.Domain.Common;

/// <summary>An aggregate records the events its changes raise; the unit of work stores and then publishes them.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> domainEvents = [];

    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => domainEvents.Add(domainEvent);
}
