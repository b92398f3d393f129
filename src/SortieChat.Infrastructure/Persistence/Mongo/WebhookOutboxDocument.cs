namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>One outbox row (collection <c>webhookOutbox</c>); <see cref="Position"/> orders its (endpoint, sortie) stream.</summary>
internal sealed class WebhookOutboxDocument
{
    public required string Id { get; set; }

    public required string EventId { get; set; }

    public required string Endpoint { get; set; }

    public required string SortieId { get; set; }

    public long Position { get; set; }

    public required string Type { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public required string Body { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public bool Parked { get; set; }

    public string? LastError { get; set; }
}
