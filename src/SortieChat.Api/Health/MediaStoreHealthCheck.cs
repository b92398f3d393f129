using Microsoft.Extensions.Diagnostics.HealthChecks;
using SortieChat.Application.Abstractions;

namespace SortieChat.Api.Health;

/// <summary>Uploads need the media store: a store that cannot take files makes the instance unready.</summary>
internal sealed class MediaStoreHealthCheck(IMediaStoreProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = probe.Provider };
        var problem = await probe.FindProblemAsync(cancellationToken);
        return problem is null ? HealthCheckResult.Healthy(data: data) : HealthCheckResult.Unhealthy(problem, data: data);
    }
}
