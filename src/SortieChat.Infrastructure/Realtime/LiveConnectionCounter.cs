using System.Collections.Concurrent;
using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Realtime;

/// <summary>Live connections per user on this instance.</summary>
internal sealed class LiveConnectionCounter : ILiveConnections
{
    private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    public void Connected(string userId) => counts.AddOrUpdate(userId, 1, (_, count) => count + 1);

    public void Disconnected(string userId)
    {
        if (counts.AddOrUpdate(userId, 0, (_, count) => Math.Max(0, count - 1)) == 0)
        {
            counts.TryRemove(new KeyValuePair<string, int>(userId, 0));
        }
    }

    public bool IsConnected(string userId) => counts.TryGetValue(userId, out var count) && count > 0;
}
