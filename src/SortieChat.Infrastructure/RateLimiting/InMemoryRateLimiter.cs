using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.RateLimiting;

/// <summary>Fixed windows in this instance's memory: sends per user and room per second, uploads and logins per minute.</summary>
internal sealed class InMemoryRateLimiter : ISendRateLimiter, IUploadRateLimiter, ILoginRateLimiter, IDisposable
{
    private readonly RateLimitOptions options;
    private readonly PartitionedRateLimiter<string> limiter;
    private readonly PartitionedRateLimiter<string> uploads;
    private readonly PartitionedRateLimiter<string> logins;

    public InMemoryRateLimiter(IOptions<RateLimitOptions> options)
    {
        this.options = options.Value;
        limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, this.options.SendsPerSecond),
            Window = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
        uploads = PerMinute(this.options.UploadsPerMinute);
        logins = PerMinute(this.options.LoginsPerMinute);
    }

    public bool TryAcquire(string userId, out int retryAfterSeconds) => TryAcquire(uploads, userId, out retryAfterSeconds);

    bool ILoginRateLimiter.TryAcquire(string normalizedEmail, string? clientAddress, out int retryAfterSeconds)
    {
        if (!TryAcquire(logins, "account/" + normalizedEmail, out retryAfterSeconds))
        {
            return false;
        }

        return clientAddress is null || TryAcquire(logins, "address/" + clientAddress, out retryAfterSeconds);
    }

    public bool TryAcquire(string userId, string sortieId, out int retryAfterSeconds) => TryAcquire(limiter, $"{userId}/{sortieId}", out retryAfterSeconds);

    public void Dispose()
    {
        limiter.Dispose();
        uploads.Dispose();
        logins.Dispose();
    }

    private static PartitionedRateLimiter<string> PerMinute(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

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
