namespace SortieChat.Domain.Common;

/// <summary>An event about one sortie: what happens in one sortie is published in the order it was committed.</summary>
public interface ISortieEvent : IDomainEvent
{
    string SortieId { get; }
}
