namespace SortieChat.Application.Abstractions;

/// <summary>
/// The login limit (<c>RateLimits:LoginsPerMinute</c>, DESIGN.md section 7): all logins per client address, and
/// failed logins per (account, client address), so that nobody can lock a victim out from another address.
/// </summary>
public interface ILoginRateLimiter
{
    /// <summary>Counts the attempt against its address; false when the address or this (account, address) pair is spent.</summary>
    bool TryBegin(string normalizedEmail, string? clientAddress, out int retryAfterSeconds);

    /// <summary>Counts a failed login against its (account, address) pair.</summary>
    void RecordFailure(string normalizedEmail, string? clientAddress);
}

/// <summary>The registration limit (<c>RateLimits:RegistrationsPerHour</c>), per client address, checked before hashing.</summary>
public interface IRegistrationRateLimiter
{
    bool TryAcquire(string? clientAddress, out int retryAfterSeconds);
}

/// <summary>The per-user upload limit (<c>RateLimits:UploadsPerMinute</c>).</summary>
public interface IUploadRateLimiter
{
    bool TryAcquire(string userId, out int retryAfterSeconds);
}
