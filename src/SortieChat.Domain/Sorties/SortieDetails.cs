namespace SortieChat.Domain.Sorties;

/// <summary>What the creator describes when creating a sortie.</summary>
public sealed record SortieDetails(string Title, string? Description, DateTimeOffset StartsAt, Location? Location, int MaxParticipants);
