using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.RateLimiting;

/// <summary>A one-second window per user and room, in this instance's memory.</summary>
internal sealed class InMemorySendRateLimiter : ISendRateLimiter, IDisposable
{
    private readonly RateLimitOptions options;
    private readonly PartitionedRateLimiter<string> limiter;

    public InMemorySendRateLimiter(IOptions<RateLimitOptions> options)
    {
        this.options = options.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, this.options.SendsPerSecond),
            Window = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public bool TryAcquire(string userId, string sortieId, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (!options.Enabled)
        {
            return true;
        }

        using var lease = limiter.AttemptAcquire($"{userId}/{sortieId}");
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfterSeconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        return false;
    }

    public void Dispose() => limiter.Dispose();
}
