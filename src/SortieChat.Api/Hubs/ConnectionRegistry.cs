namespace SortieChat.Api.Hubs;

/// <summary>This instance's live connections: by user, and the rooms each one joined.</summary>
public sealed class ConnectionRegistry
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, HashSet<string>> connectionsByUser = [];
    private readonly Dictionary<string, HashSet<string>> roomsByConnection = [];
    private readonly Dictionary<string, Microsoft.AspNetCore.SignalR.HubCallerContext> callers = [];

    public void Connected(string userId, Microsoft.AspNetCore.SignalR.HubCallerContext caller)
    {
        var connectionId = caller.ConnectionId;
        lock (gate)
        {
            callers[connectionId] = caller;
            if (!connectionsByUser.TryGetValue(userId, out var connections))
            {
                connectionsByUser[userId] = connections = [];
            }

            connections.Add(connectionId);
            roomsByConnection[connectionId] = [];
        }
    }

    /// <summary>Forgets the connection and returns the rooms it had joined.</summary>
    public IReadOnlyList<string> Disconnected(string userId, string connectionId)
    {
        lock (gate)
        {
            if (connectionsByUser.TryGetValue(userId, out var connections) && connections.Remove(connectionId) && connections.Count == 0)
            {
                connectionsByUser.Remove(userId);
            }

            callers.Remove(connectionId);
            return roomsByConnection.Remove(connectionId, out var joined) ? [.. joined] : [];
        }
    }

    /// <summary>False when the connection is already gone (it closed while joining).</summary>
    public bool Joined(string connectionId, string sortieId)
    {
        lock (gate)
        {
            if (!roomsByConnection.TryGetValue(connectionId, out var rooms))
            {
                return false;
            }

            rooms.Add(sortieId);
            return true;
        }
    }

    /// <summary>True while the connection is in the room: it joined as a member and was not evicted since.</summary>
    public bool IsIn(string connectionId, string sortieId)
    {
        lock (gate)
        {
            return roomsByConnection.TryGetValue(connectionId, out var rooms) && rooms.Contains(sortieId);
        }
    }

    /// <summary>True when the connection had joined the room.</summary>
    public bool Left(string connectionId, string sortieId)
    {
        lock (gate)
        {
            return roomsByConnection.TryGetValue(connectionId, out var rooms) && rooms.Remove(sortieId);
        }
    }

    /// <summary>Every live connection of this instance, with its user and the rooms it has joined.</summary>
    public IReadOnlyList<(string UserId, string ConnectionId, IReadOnlyList<string> Rooms)> Snapshot()
    {
        lock (gate)
        {
            return [.. connectionsByUser.SelectMany(user => user.Value.Select(connectionId =>
                (user.Key, connectionId, (IReadOnlyList<string>)[.. roomsByConnection.GetValueOrDefault(connectionId) ?? []])))];
        }
    }

    /// <summary>The live connections of the user on this instance.</summary>
    public IReadOnlyList<Microsoft.AspNetCore.SignalR.HubCallerContext> CallersOf(string userId)
    {
        lock (gate)
        {
            return connectionsByUser.TryGetValue(userId, out var connections)
                ? [.. connections.Select(c => callers.GetValueOrDefault(c)).OfType<Microsoft.AspNetCore.SignalR.HubCallerContext>()]
                : [];
        }
    }

    /// <summary>The user's connections that joined the room, now taken out of it.</summary>
    public IReadOnlyList<string> EvictFromRoom(string userId, string sortieId)
    {
        lock (gate)
        {
            if (!connectionsByUser.TryGetValue(userId, out var connections))
            {
                return [];
            }

            return [.. connections.Where(c => roomsByConnection.TryGetValue(c, out var rooms) && rooms.Remove(sortieId))];
        }
    }
}
