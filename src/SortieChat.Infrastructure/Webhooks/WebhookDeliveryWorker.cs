using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions.Webhooks;

namespace SortieChat.Infrastructure.Webhooks;

/// <summary>
/// Delivers the outbox (DESIGN.md section 9): reads the due streams every poll interval, and delivers each under a
/// lease kept in the store, so that one instance at a time delivers a stream, oldest event first. A failed event
/// blocks its stream until it is retried or parked; other streams go on.
/// </summary>
internal sealed partial class WebhookDeliveryWorker(
    IWebhookOutbox outbox, WebhookSender sender, IOptions<WebhookOptions> options, TimeProvider time, WebhookMetrics metrics,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    private static readonly TimeSpan CountEvery = TimeSpan.FromSeconds(2);
    private readonly string owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly ConcurrentDictionary<WebhookStream, byte> active = new();
    private readonly WebhookRetryPolicy retries = new(options.Value.Delivery);
    private DateTimeOffset lastCount = DateTimeOffset.MinValue;

    private WebhookDeliveryOptions Delivery => options.Value.Delivery;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Endpoints.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(Delivery.PollInterval, time);
        do
        {
            try
            {
                await CountAsync(stoppingToken);
                await StartDueStreamsAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPollFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task StartDueStreamsAsync(CancellationToken ct)
    {
        var free = Delivery.MaxConcurrentStreams - active.Count;
        if (free <= 0)
        {
            return;
        }

        foreach (var stream in await outbox.DueStreamsAsync(time.GetUtcNow(), free, ct))
        {
            if (active.Count < Delivery.MaxConcurrentStreams && active.TryAdd(stream, 0))
            {
                _ = Task.Run(() => DeliverStreamAsync(stream, ct), CancellationToken.None);
            }
        }
    }

    private async Task DeliverStreamAsync(WebhookStream stream, CancellationToken ct)
    {
        try
        {
            while (await RenewLeaseAsync(stream, ct) && await outbox.HeadAsync(stream, ct) is { } head && head.NextAttemptAt <= time.GetUtcNow())
            {
                if (!await DeliverAsync(head, ct))
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogStreamFailed(logger, stream.Endpoint, stream.SortieId, exception);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the lease runs out or is taken over; the event stays in the outbox.
        }
        finally
        {
            await ReleaseAsync(stream);
        }
    }

    /// <summary>One attempt at the stream's head. True when the stream may go on to its next event.</summary>
    private async Task<bool> DeliverAsync(WebhookOutboxEntry head, CancellationToken ct)
    {
        var endpoint = options.Value.Endpoints.FirstOrDefault(e => string.Equals(e.Url, head.Stream.Endpoint, StringComparison.Ordinal));
        var failure = endpoint is null ? "The endpoint is no longer configured." : await sender.SendAsync(endpoint, head.Body, ct);
        if (failure is null)
        {
            await outbox.MarkDeliveredAsync(head, ct);
            metrics.Attempted("delivered");
            return true;
        }

        var next = endpoint is null ? null : retries.NextAttempt(head.Attempts + 1, head.OccurredAt, time.GetUtcNow(), Random.Shared.NextDouble());
        if (next is null)
        {
            await outbox.ParkAsync(head, failure, ct);
            metrics.Attempted("parked");
            LogParked(logger, head.EventId, head.Type, head.Stream.Endpoint, head.Attempts + 1, failure);
            return true;
        }

        await outbox.ScheduleRetryAsync(head, next.Value, failure, ct);
        metrics.Attempted("failed");
        LogRetry(logger, head.EventId, head.Stream.Endpoint, failure, next.Value);
        return false;
    }

    private Task<bool> RenewLeaseAsync(WebhookStream stream, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return outbox.TryLeaseAsync(stream, owner, now, now + Delivery.Lease, ct);
    }

    private async Task ReleaseAsync(WebhookStream stream)
    {
        try
        {
            await outbox.ReleaseLeaseAsync(stream, owner, CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The lease runs out by itself.
            LogStreamFailed(logger, stream.Endpoint, stream.SortieId, exception);
        }
        finally
        {
            active.TryRemove(stream, out _);
        }
    }

    private async Task CountAsync(CancellationToken ct)
    {
        if (time.GetUtcNow() - lastCount >= CountEvery)
        {
            lastCount = time.GetUtcNow();
            metrics.Observe(await outbox.CountAsync(ct));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the webhook outbox failed; the next poll tries again")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering the webhook stream of sortie {SortieId} to {Endpoint} failed; the next poll tries again")]
    private static partial void LogStreamFailed(ILogger logger, string endpoint, string sortieId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook event {EventId} to {Endpoint} failed ({Failure}); next try at {NextAttemptAt:o}")]
    private static partial void LogRetry(ILogger logger, string eventId, string endpoint, string failure, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook event {EventId} ({Type}) to {Endpoint} parked after {Attempts} attempts: {Failure}")]
    private static partial void LogParked(ILogger logger, string eventId, string type, string endpoint, int attempts, string failure);
}
