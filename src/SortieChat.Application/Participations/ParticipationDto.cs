namespace SortieChat.Application.Participations;

/// <summary><see cref="Status"/> is one of EN_ATTENTE, ACCEPTEE, REFUSEE, ANNULEE.</summary>
public sealed record ParticipationDto(
    string Id, string SortieId, string UserId, string DisplayName, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
