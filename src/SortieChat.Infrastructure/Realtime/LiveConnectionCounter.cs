using System.Collections.Concurrent;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Realtime;

/// <summary>Live connections per user on this instance: the whole answer when it runs alone.</summary>
internal sealed class LiveConnectionCounter : ILiveConnections
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>The users with a connection here, for the shared record to refresh.</summary>
    public IReadOnlyCollection<string> Users => [.. counts.Where(c => c.Value > 0).Select(c => c.Key)];

    public void Connected(string userId) => Count(userId);

    public void Disconnected(string userId) => Uncount(userId);

    /// <summary>True when this was the user's first connection here.</summary>
    public bool Count(string userId) => counts.AddOrUpdate(userId, 1, (_, count) => count + 1) == 1;

    /// <summary>True when this was the user's last connection here.</summary>
    public bool Uncount(string userId)
    {
        if (counts.AddOrUpdate(userId, 0, (_, count) => Math.Max(0, count - 1)) != 0)
        {
            return false;
        }

        counts.TryRemove(new KeyValuePair<string, int>(userId, 0));
        return true;
    }

    public bool IsConnected(string userId) => counts.TryGetValue(userId, out var count) && count > 0;

    public Task<IReadOnlySet<string>> ConnectedAmongAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(userIds.Where(IsConnected).ToHashSet(StringComparer.Ordinal));
}
