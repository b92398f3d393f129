namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class SortieDocument
{
    public required string Id { get; set; }

    public required string ChatId { get; set; }

    public required string CreatorId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public LocationDocument? Location { get; set; }

    public int MaxParticipants { get; set; }

    public int AcceptedCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
