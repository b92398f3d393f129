namespace SortieChat.Application.Abstractions.Webhooks;

/// <summary>
/// The webhook outbox of the store: rows written in the transaction of the change they describe (by the unit of
/// work), then delivered in order per stream by a background worker, which owns these rows (DESIGN.md section 9).
/// </summary>
public interface IWebhookOutbox
{
    /// <summary>Streams whose oldest pending event is due at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<WebhookStream>> DueStreamsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Takes or renews the stream's lease until <paramref name="until"/>; false while another owner holds it.</summary>
    Task<bool> TryLeaseAsync(WebhookStream stream, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken);

    Task ReleaseLeaseAsync(WebhookStream stream, string owner, CancellationToken cancellationToken);

    /// <summary>The stream's oldest pending event, due or not.</summary>
    Task<WebhookOutboxEntry?> HeadAsync(WebhookStream stream, CancellationToken cancellationToken);

    /// <summary>Delivered events leave the outbox.</summary>
    Task MarkDeliveredAsync(WebhookOutboxEntry entry, CancellationToken cancellationToken);

    Task ScheduleRetryAsync(WebhookOutboxEntry entry, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken);

    /// <summary>Given up on: kept, counted, and the stream moves on.</summary>
    Task ParkAsync(WebhookOutboxEntry entry, string error, CancellationToken cancellationToken);

    Task<WebhookBacklog> CountAsync(CancellationToken cancellationToken);

    /// <summary>Every event of the outbox (pending and parked), in stream order: for operators and tests.</summary>
    Task<IReadOnlyList<WebhookOutboxEntry>> ListAsync(CancellationToken cancellationToken);
}
