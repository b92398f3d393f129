namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>Who delivers a stream until when (collection <c>webhookLeases</c>; the id is the stream's key).</summary>
internal sealed class WebhookLeaseDocument
{
    public required string Id { get; set; }

    public required string Owner { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
