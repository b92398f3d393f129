using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Realtime;

/// <summary>Presence for one instance: which connections of which users joined which room.</summary>
public sealed class InMemoryPresenceTracker : IPresenceTracker
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Dictionary<string, HashSet<string>>> rooms = [];

    public ValueTask<bool> JoinAsync(string sortieId, string userId, string connectionId) => ValueTask.FromResult(Join(sortieId, userId, connectionId));

    public ValueTask<bool> LeaveAsync(string sortieId, string userId, string connectionId) => ValueTask.FromResult(Leave(sortieId, userId, connectionId));

    private bool Join(string sortieId, string userId, string connectionId)
    {
        lock (gate)
        {
            if (!rooms.TryGetValue(sortieId, out var room))
            {
                rooms[sortieId] = room = [];
            }

            if (!room.TryGetValue(userId, out var connections))
            {
                room[userId] = connections = [];
            }

            return connections.Add(connectionId) && connections.Count == 1;
        }
    }

    private bool Leave(string sortieId, string userId, string connectionId)
    {
        lock (gate)
        {
            if (!rooms.TryGetValue(sortieId, out var room) || !room.TryGetValue(userId, out var connections)
                || !connections.Remove(connectionId) || connections.Count > 0)
            {
                return false;
            }

            room.Remove(userId);
            if (room.Count == 0)
            {
                rooms.Remove(sortieId);
            }

            return true;
        }
    }

    /// <summary>Every join held: what a shared tracker refreshes.</summary>
    public IReadOnlyList<(string SortieId, string UserId, string ConnectionId)> Snapshot()
    {
        lock (gate)
        {
            return [.. rooms.SelectMany(room => room.Value.SelectMany(user => user.Value.Select(c => (room.Key, user.Key, c))))];
        }
    }

    public ValueTask<IReadOnlySet<string>> GetOnlineUsersAsync(string sortieId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlySet<string> online = rooms.TryGetValue(sortieId, out var room) ? room.Keys.ToHashSet() : [];
            return ValueTask.FromResult(online);
        }
    }
}
