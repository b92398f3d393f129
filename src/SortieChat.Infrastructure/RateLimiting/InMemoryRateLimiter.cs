using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.RateLimiting;

/// <summary>
/// Fixed windows in this instance's memory, one named limiter per rule of DESIGN.md section 7: sends per user and
/// room per second, uploads per user per minute, logins per address and failed logins per (account, address) per
/// minute, registrations per address per hour. A request with no known address is limited by its account only.
/// </summary>
internal sealed class InMemoryRateLimiter
    : ISendRateLimiter, IUploadRateLimiter, ILoginRateLimiter, IRegistrationRateLimiter, IDisposable
{
    private readonly RateLimitOptions options;
    private readonly PartitionedRateLimiter<string> sends;
    private readonly PartitionedRateLimiter<string> uploads;
    private readonly PartitionedRateLimiter<string> loginsPerAddress;
    private readonly PartitionedRateLimiter<string> failedLogins;
    private readonly PartitionedRateLimiter<string> registrations;

    public InMemoryRateLimiter(IOptions<RateLimitOptions> options)
    {
        this.options = options.Value;
        sends = FixedWindow(this.options.SendsPerSecond, TimeSpan.FromSeconds(1));
        uploads = FixedWindow(this.options.UploadsPerMinute, TimeSpan.FromMinutes(1));
        loginsPerAddress = FixedWindow(this.options.LoginsPerMinute, TimeSpan.FromMinutes(1));
        failedLogins = FixedWindow(this.options.LoginsPerMinute, TimeSpan.FromMinutes(1));
        registrations = FixedWindow(this.options.RegistrationsPerHour, TimeSpan.FromHours(1));
    }

    bool ISendRateLimiter.TryAcquire(string userId, string sortieId, out int retryAfterSeconds) =>
        TryAcquire(sends, $"{userId}/{sortieId}", out retryAfterSeconds);

    bool IUploadRateLimiter.TryAcquire(string userId, out int retryAfterSeconds) => TryAcquire(uploads, userId, out retryAfterSeconds);

    bool IRegistrationRateLimiter.TryAcquire(string? clientAddress, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        return clientAddress is null || TryAcquire(registrations, clientAddress, out retryAfterSeconds);
    }

    bool ILoginRateLimiter.TryBegin(string normalizedEmail, string? clientAddress, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (!options.Enabled)
        {
            return true;
        }

        if (failedLogins.GetStatistics(FailureKey(normalizedEmail, clientAddress)) is { CurrentAvailablePermits: <= 0 })
        {
            retryAfterSeconds = 60;
            return false;
        }

        return clientAddress is null || TryAcquire(loginsPerAddress, clientAddress, out retryAfterSeconds);
    }

    void ILoginRateLimiter.RecordFailure(string normalizedEmail, string? clientAddress) =>
        TryAcquire(failedLogins, FailureKey(normalizedEmail, clientAddress), out _);

    public void Dispose()
    {
        sends.Dispose();
        uploads.Dispose();
        loginsPerAddress.Dispose();
        failedLogins.Dispose();
        registrations.Dispose();
    }

    private static string FailureKey(string normalizedEmail, string? clientAddress) => $"{normalizedEmail}/{clientAddress}";

    private static PartitionedRateLimiter<string> FixedWindow(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
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
