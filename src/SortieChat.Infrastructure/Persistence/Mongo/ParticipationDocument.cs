namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class ParticipationDocument
{
    public required string Id { get; set; }

    public required string SortieId { get; set; }

    public required string UserId { get; set; }

    /// <summary>The wire value: EN_ATTENTE, ACCEPTEE, REFUSEE, ANNULEE.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
