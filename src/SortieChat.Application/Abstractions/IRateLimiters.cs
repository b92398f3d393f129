namespace SortieChat.Application.Abstractions;

/// <summary>The login limit (<c>RateLimits:LoginsPerMinute</c>), per account and per client address.</summary>
public interface ILoginRateLimiter
{
    bool TryAcquire(string normalizedEmail, string? clientAddress, out int retryAfterSeconds);
}

/// <summary>The per-user upload limit (<c>RateLimits:UploadsPerMinute</c>).</summary>
public interface IUploadRateLimiter
{
    bool TryAcquire(string userId, out int retryAfterSeconds);
}
