using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Webhooks;
using SortieChat.Domain.Common;

namespace SortieChat.Infrastructure.Webhooks;

/// <summary>
/// The outbox rows of a command: one per (webhook event, endpoint that wants it), each with its envelope serialized
/// once. Both stores write them in the command's transaction, after its own writes. No endpoint: nothing to do.
/// </summary>
internal sealed class WebhookOutboxRows(IOptions<WebhookOptions> options, IIdGenerator ids, IClock clock)
{
    public async Task<IReadOnlyList<WebhookOutboxEntry>> BuildAsync(
        IReadOnlyList<IDomainEvent> events, IReadOnlyList<AggregateRoot> tracked,
        Func<string, CancellationToken, Task<string?>> displayName, CancellationToken ct)
    {
        var endpoints = options.Value.Endpoints;
        if (endpoints.Count == 0)
        {
            return [];
        }

        var now = clock.UtcNow;
        var snapshot = new WebhookSnapshot(tracked, displayName, now);
        var rows = new List<WebhookOutboxEntry>();
        foreach (var domainEvent in events)
        {
            if (await WebhookEventMap.MapAsync(domainEvent, snapshot, ct) is not { } webhookEvent)
            {
                continue;
            }

            var eventId = ids.NewId();
            var body = WebhookJson.Serialize(new WebhookEnvelope(eventId, webhookEvent.Type, webhookEvent.OccurredAt, webhookEvent.Data));
            rows.AddRange(endpoints.Where(e => e.Wants(webhookEvent.Type)).Select(endpoint => new WebhookOutboxEntry(
                ids.NewId(), eventId, new WebhookStream(endpoint.Url, webhookEvent.SortieId), Position: 0, webhookEvent.Type,
                webhookEvent.OccurredAt, body, Attempts: 0, NextAttemptAt: now, Parked: false, LastError: null)));
        }

        return rows;
    }
}
