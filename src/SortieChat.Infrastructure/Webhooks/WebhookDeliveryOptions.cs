namespace SortieChat.Infrastructure.Webhooks;

/// <summary>
/// The delivery timings of DESIGN.md section 9, as defaults. Not documented as settings: they exist so that tests of
/// retries, parking and leases run in seconds instead of hours.
/// </summary>
internal sealed class WebhookDeliveryOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(1);

    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromHours(24);

    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the outbox is read for due streams: a new row goes out within about this long of its commit.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Streams delivered at once by one instance.</summary>
    public int MaxConcurrentStreams { get; init; } = 8;
}
