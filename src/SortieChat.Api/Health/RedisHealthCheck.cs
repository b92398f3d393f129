using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace SortieChat.Api.Health;

/// <summary>
/// A lost Redis is Degraded, answered with 200 (DESIGN.md section 7): the instance still serves its own clients, so a
/// balancer must not drop it; only the cross-instance part (backplane, shared presence) waits for Redis.
/// </summary>
internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["latencyMs"] = Math.Round(latency.TotalMilliseconds, 1) });
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return HealthCheckResult.Degraded("Redis does not answer: this instance serves its own clients only, and reconnects.");
        }
    }
}
