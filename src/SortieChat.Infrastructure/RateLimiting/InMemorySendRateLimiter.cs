using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.RateLimiting;

/// <summary>Fixed windows in this instance's memory: sends per user and room per second, uploads per user per minute.</summary>
internal sealed class InMemorySendRateLimiter : ISendRateLimiter, IUploadRateLimiter, IDisposable
{
    private readonly RateLimitOptions options;
    private readonly PartitionedRateLimiter<string> limiter;
    private readonly PartitionedRateLimiter<string> uploads;

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
        uploads = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, this.options.UploadsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public bool TryAcquire(string userId, out int retryAfterSeconds) => TryAcquire(uploads, userId, out retryAfterSeconds);

    public bool TryAcquire(string userId, string sortieId, out int retryAfterSeconds) => TryAcquire(limiter, $"{userId}/{sortieId}", out retryAfterSeconds);

    public void Dispose()
    {
        limiter.Dispose();
        uploads.Dispose();
    }

    private bool TryAcquire(PartitionedRateLimiter<string> partitioned, string key, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (!options.Enabled)
        {
            return true;
        }

        using var lease = partitioned.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return true;
        }

        retryAfterSeconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        return false;
    }
}
