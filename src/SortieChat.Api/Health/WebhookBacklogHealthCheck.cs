using Microsoft.Extensions.Diagnostics.HealthChecks;
using SortieChat.Application.Abstractions.Webhooks;

namespace SortieChat.Api.Health;

/// <summary>
/// The webhook backlog in the ready details (DESIGN.md section 7): events still to deliver and events parked. A
/// backlog is the receivers' trouble, not this instance's: it never makes the instance unready.
/// </summary>
internal sealed class WebhookBacklogHealthCheck(IWebhookOutbox outbox) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var backlog = await outbox.CountAsync(cancellationToken);
            return HealthCheckResult.Healthy(
                $"{backlog.Pending} webhook events to deliver, {backlog.Parked} parked.",
                new Dictionary<string, object> { ["pending"] = backlog.Pending, ["parked"] = backlog.Parked });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database check says whether the store is down; this one only cannot count.
            return HealthCheckResult.Degraded("The webhook backlog cannot be counted.", exception);
        }
    }
}
