using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;
using SortieChat.Api.Hubs.Backplane;

namespace SortieChat.Api.Hubs.Delivery;

/// <summary>
/// SignalR's lifetime manager for this instance, with one difference from the default: a send hands its message to
/// every target connection and returns at once, instead of waiting for the slowest of them. Each message is
/// serialized once per protocol. Order per connection is kept; a connection too far behind is dropped
/// (<see cref="DeliveryConnection"/>), so a reader who stops reading costs only themselves (DESIGN.md section 5).
/// </summary>
internal sealed partial class NonBlockingHubLifetimeManager<THub> : HubLifetimeManager<THub>
    where THub : Hub
{
    private readonly long limit;
    private readonly DeliveryMetrics metrics;
    private readonly ILogger<NonBlockingHubLifetimeManager<THub>> logger;
    private readonly Lock gate = new();
    private readonly ConcurrentDictionary<string, DeliveryConnection> connections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DeliveryConnection>> groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DeliveryConnection>> users = new(StringComparer.Ordinal);

    public NonBlockingHubLifetimeManager(IOptions<RealtimeOptions> options, DeliveryMetrics metrics, ILogger<NonBlockingHubLifetimeManager<THub>> logger)
    {
        limit = options.Value.SlowClientBufferBytes;
        this.metrics = metrics;
        this.logger = logger;
        metrics.Observe(() => connections.Count, CountRooms);
    }

    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        var delivery = new DeliveryConnection(connection, limit, LogDropped);
        connections[connection.ConnectionId] = delivery;
        if (delivery.UserId is { } userId)
        {
            lock (gate)
            {
                Add(users, userId, delivery);
            }
        }

        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        if (!connections.TryRemove(connection.ConnectionId, out var delivery))
        {
            return Task.CompletedTask;
        }

        lock (gate)
        {
            foreach (var group in delivery.Groups)
            {
                Remove(groups, group, delivery);
            }

            delivery.Groups.Clear();
            if (delivery.UserId is { } userId)
            {
                Remove(users, userId, delivery);
            }
        }

        return Task.CompletedTask;
    }

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        if (connections.TryGetValue(connectionId, out var delivery))
        {
            lock (gate)
            {
                // A connection that closed meanwhile is not put back.
                if (connections.ContainsKey(connectionId) && delivery.Groups.Add(groupName))
                {
                    Add(groups, groupName, delivery);
                }
            }
        }

        return Task.CompletedTask;
    }

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        if (connections.TryGetValue(connectionId, out var delivery))
        {
            lock (gate)
            {
                if (delivery.Groups.Remove(groupName))
                {
                    Remove(groups, groupName, delivery);
                }
            }
        }

        return Task.CompletedTask;
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Deliver([.. connections.Values], methodName, args);

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        Deliver([.. connections.Values.Where(c => !excludedConnectionIds.Contains(c.ConnectionId))], methodName, args);

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        connections.TryGetValue(connectionId, out var delivery) ? Deliver([delivery], methodName, args) : Task.CompletedTask;

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Deliver([.. connectionIds.Select(id => connections.GetValueOrDefault(id)).OfType<DeliveryConnection>()], methodName, args);

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Deliver(Members(groups, [groupName]), methodName, args);

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Deliver(Members(groups, groupNames), methodName, args);

    public override Task SendGroupExceptAsync(
        string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        Deliver([.. Members(groups, [groupName]).Where(c => !excludedConnectionIds.Contains(c.ConnectionId))], methodName, args);

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Deliver(Members(users, [userId]), methodName, args);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Deliver(Members(users, userIds), methodName, args);

    /// <summary>True when the connection is open on this instance.</summary>
    public bool IsLocal(string connectionId) => connections.ContainsKey(connectionId);

    /// <summary>Hands an already serialized message to this instance's connections that <paramref name="target"/> names.</summary>
    public void DeliverLocal(BackplaneTarget target, IReadOnlyList<string> keys, IReadOnlyList<string> excluded, SerializedHubMessage message)
    {
        IReadOnlyList<DeliveryConnection> targets = target switch
        {
            BackplaneTarget.All => [.. connections.Values],
            BackplaneTarget.Connections => [.. keys.Select(id => connections.GetValueOrDefault(id)).OfType<DeliveryConnection>()],
            BackplaneTarget.Groups => Members(groups, keys),
            BackplaneTarget.Users => Members(users, keys),
            _ => [],
        };
        Deliver(excluded.Count == 0 ? targets : [.. targets.Where(c => !excluded.Contains(c.ConnectionId))], message);
    }

    private Task Deliver(IReadOnlyList<DeliveryConnection> targets, string methodName, object?[] args) =>
        targets.Count == 0 ? Task.CompletedTask : Deliver(targets, new SerializedHubMessage(new InvocationMessage(methodName, args)));

    private Task Deliver(IReadOnlyList<DeliveryConnection> targets, SerializedHubMessage message)
    {
        if (targets.Count == 0)
        {
            return Task.CompletedTask;
        }

        foreach (var target in targets)
        {
            target.Deliver(message);
        }

        metrics.Delivered(targets.Count);
        return Task.CompletedTask;
    }

    private int CountRooms()
    {
        lock (gate)
        {
            return groups.Count;
        }
    }

    private List<DeliveryConnection> Members(Dictionary<string, Dictionary<string, DeliveryConnection>> index, IReadOnlyList<string> keys)
    {
        var members = new List<DeliveryConnection>();
        lock (gate)
        {
            foreach (var key in keys)
            {
                if (index.TryGetValue(key, out var set))
                {
                    members.AddRange(set.Values);
                }
            }
        }

        return members;
    }

    private static void Add(Dictionary<string, Dictionary<string, DeliveryConnection>> index, string key, DeliveryConnection delivery)
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new Dictionary<string, DeliveryConnection>(StringComparer.Ordinal);
        }

        set[delivery.ConnectionId] = delivery;
    }

    private static void Remove(Dictionary<string, Dictionary<string, DeliveryConnection>> index, string key, DeliveryConnection delivery)
    {
        if (index.TryGetValue(key, out var set) && set.Remove(delivery.ConnectionId) && set.Count == 0)
        {
            index.Remove(key);
        }
    }

    private void LogDropped(DeliveryConnection delivery)
    {
        metrics.SlowClientDropped();
        LogSlowClientDropped(logger, delivery.ConnectionId, limit / 1024);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connection {ConnectionId} fell {LimitKiB} KiB behind on its messages and was dropped; it catches up after reconnecting")]
    private static partial void LogSlowClientDropped(ILogger logger, string connectionId, long limitKiB);
}
