namespace SortieChat.Application.Abstractions;

/// <summary>The per-user, per-room send limit (<c>RateLimits:SendsPerSecond</c>), shared by REST and the hub.</summary>
public interface ISendRateLimiter
{
    /// <summary>False when the user must wait <paramref name="retryAfterSeconds"/> before sending in that room again.</summary>
    bool TryAcquire(string userId, string sortieId, out int retryAfterSeconds);
}
