using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.RateLimiting;

/// <summary>
/// Fixed windows in this instance's memory, one named limiter per rule of DESIGN.md section 7: sends per user and
/// room per second, uploads per user per minute, logins per address and failed logins per (account, address) per
/// minute, registrations per address per hour. A request with no known address is limited by its account only.
/// </summary>
internal sealed class InMemoryRateLimiter
    : ISendRateLimiter, IUploadRateLimiter, ILoginRateLimiter, IRegistrationRateLimiter
{
    private readonly RateLimitOptions options;
    private readonly FixedWindowCounter sends;
    private readonly FixedWindowCounter uploads;
    private readonly FixedWindowCounter loginsPerAddress;
    private readonly FixedWindowCounter failedLogins;
    private readonly FixedWindowCounter registrations;

    public InMemoryRateLimiter(IOptions<RateLimitOptions> options, TimeProvider time)
    {
        this.options = options.Value;
        sends = FixedWindow(this.options.SendsPerSecond, TimeSpan.FromSeconds(1), time);
        uploads = FixedWindow(this.options.UploadsPerMinute, TimeSpan.FromMinutes(1), time);
        loginsPerAddress = FixedWindow(this.options.LoginsPerMinute, TimeSpan.FromMinutes(1), time);
        failedLogins = FixedWindow(this.options.LoginsPerMinute, TimeSpan.FromMinutes(1), time);
        registrations = FixedWindow(this.options.RegistrationsPerHour, TimeSpan.FromHours(1), time);
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

        if (failedLogins.IsSpent(FailureKey(normalizedEmail, clientAddress)))
        {
            retryAfterSeconds = 60;
            return false;
        }

        return clientAddress is null || TryAcquire(loginsPerAddress, clientAddress, out retryAfterSeconds);
    }

    void ILoginRateLimiter.RecordFailure(string normalizedEmail, string? clientAddress) =>
        TryAcquire(failedLogins, FailureKey(normalizedEmail, clientAddress), out _);

    private static string FailureKey(string normalizedEmail, string? clientAddress) => $"{normalizedEmail}/{clientAddress}";

    private static FixedWindowCounter FixedWindow(int permits, TimeSpan window, TimeProvider time) => new(Math.Max(1, permits), window, time);

    private bool TryAcquire(FixedWindowCounter counter, string key, out int retryAfterSeconds)
    {
        retryAfterSeconds = 0;
        if (!options.Enabled || counter.TryAcquire(key, out var wait))
        {
            return true;
        }

        retryAfterSeconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return false;
    }
}
