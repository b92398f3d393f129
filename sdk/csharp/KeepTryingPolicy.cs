using Microsoft.AspNetCore.SignalR.Client;

namespace SortieChat.Client;

/// <summary>Reconnects forever: at once, then after 0.5, 1, 2 and 5 seconds, then every 10 seconds.</summary>
public sealed class KeepTryingPolicy : IRetryPolicy
{
    private static readonly TimeSpan[] Delays =
        [TimeSpan.Zero, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    /// <inheritdoc />
    public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
        retryContext.PreviousRetryCount < Delays.Length ? Delays[retryContext.PreviousRetryCount] : TimeSpan.FromSeconds(10);
}
