namespace SortieChat.Infrastructure.Webhooks;

/// <summary>
/// When a failed event is tried again: after the first retry delay, then doubling with jitter (±20 %), never more
/// than the maximum between tries; none once the next try would fall past the give-up window since the event.
/// </summary>
internal sealed class WebhookRetryPolicy(WebhookDeliveryOptions options)
{
    /// <param name="failures">Failed attempts so far, this one included.</param>
    /// <param name="jitter">A number in [0, 1).</param>
    /// <returns>The next attempt, or null when the event is to be parked.</returns>
    public DateTimeOffset? NextAttempt(int failures, DateTimeOffset occurredAt, DateTimeOffset now, double jitter)
    {
        var doubled = options.FirstRetry.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 40));
        var delay = failures <= 1 ? doubled : doubled * (0.8 + (0.4 * jitter));
        var next = now + TimeSpan.FromMilliseconds(Math.Min(delay, options.MaxRetryDelay.TotalMilliseconds));
        return next > occurredAt + options.GiveUpAfter ? null : next;
    }
}
