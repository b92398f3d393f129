using System.Diagnostics.Metrics;
using SortieChat.Application.Common.Observability;
using SortieChat.Application.Abstractions.Webhooks;

namespace SortieChat.Infrastructure.Webhooks;

/// <summary>Webhook instruments on the product's meter: attempts by outcome, and the backlog as the worker last counted it.</summary>
internal sealed class WebhookMetrics
{
    private readonly Counter<long> attempts;
    private WebhookBacklog backlog = new(0, 0);

    public WebhookMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(ChatMetrics.MeterName);
        attempts = meter.CreateCounter<long>(
            "sortiechat.webhooks.attempts", "{attempt}", "Webhook delivery attempts by outcome: delivered, failed (retried later) or parked.");
        meter.CreateObservableGauge("sortiechat.webhooks.pending", () => Volatile.Read(ref backlog).Pending, "{event}", "Webhook events waiting for delivery.");
        meter.CreateObservableGauge("sortiechat.webhooks.parked", () => Volatile.Read(ref backlog).Parked, "{event}", "Webhook events given up on after 24 h of failures.");
    }

    public void Attempted(string outcome) => attempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Observe(WebhookBacklog counted) => Volatile.Write(ref backlog, counted);
}
