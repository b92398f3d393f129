namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>
/// A stream's counter (collection <c>webhookStreams</c>): raised in the transaction that adds a row, so concurrent
/// commits on one stream conflict instead of sharing a position, and positions follow commit order.
/// </summary>
internal sealed class WebhookStreamDocument
{
    public required string Id { get; set; }

    public long Next { get; set; }
}
