using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using SortieChat.Api.Hubs.Delivery;

namespace SortieChat.Api.Hubs.Backplane;

/// <summary>
/// The lifetime manager with <c>Redis:Connection</c> set. Every send is serialized once per hub protocol, handed to
/// this instance's connections through the non-blocking fan-out, and published on the backplane, whose receivers hand
/// the same bytes to theirs the same way: no instance ever waits for a slow connection, its own or another's.
/// (SignalR's RedisHubLifetimeManager awaits every local write of a channel before the next message: one slow
/// reader would hold up its room on that instance, which DESIGN.md section 5 rules out.)
/// Connections and groups are only ever managed by the instance that holds the connection.
/// </summary>
internal sealed class BackplaneHubLifetimeManager<THub> : HubLifetimeManager<THub>
    where THub : Hub
{
    private readonly NonBlockingHubLifetimeManager<THub> local;
    private readonly RedisBackplane backplane;
    private readonly IReadOnlyList<IHubProtocol> protocols;

    public BackplaneHubLifetimeManager(NonBlockingHubLifetimeManager<THub> local, RedisBackplane backplane, IHubProtocolResolver protocols)
    {
        this.local = local;
        this.backplane = backplane;
        this.protocols = protocols.AllProtocols;
        backplane.Attach(local.DeliverLocal);
    }

    public override Task OnConnectedAsync(HubConnectionContext connection) => local.OnConnectedAsync(connection);

    public override Task OnDisconnectedAsync(HubConnectionContext connection) => local.OnDisconnectedAsync(connection);

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        local.AddToGroupAsync(connectionId, groupName, cancellationToken);

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        local.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Send(BackplaneTarget.All, [], [], methodName, args);

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        Send(BackplaneTarget.All, [], excludedConnectionIds, methodName, args);

    /// <summary>A reply to a caller stays on its instance.</summary>
    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        local.IsLocal(connectionId)
            ? local.SendConnectionAsync(connectionId, methodName, args, cancellationToken)
            : Send(BackplaneTarget.Connections, [connectionId], [], methodName, args);

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Send(BackplaneTarget.Connections, connectionIds, [], methodName, args);

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Send(BackplaneTarget.Groups, [groupName], [], methodName, args);

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Send(BackplaneTarget.Groups, groupNames, [], methodName, args);

    public override Task SendGroupExceptAsync(
        string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        Send(BackplaneTarget.Groups, [groupName], excludedConnectionIds, methodName, args);

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Send(BackplaneTarget.Users, [userId], [], methodName, args);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        Send(BackplaneTarget.Users, userIds, [], methodName, args);

    private Task Send(BackplaneTarget target, IReadOnlyList<string> keys, IReadOnlyList<string> excluded, string methodName, object?[] args)
    {
        var invocation = new InvocationMessage(methodName, args);
        var messages = new SerializedMessage[protocols.Count];
        for (var i = 0; i < messages.Length; i++)
        {
            messages[i] = new SerializedMessage(protocols[i].Name, protocols[i].GetMessageBytes(invocation));
        }

        local.DeliverLocal(target, keys, excluded, new SerializedHubMessage(messages));
        backplane.Publish(target, keys, excluded, messages);
        return Task.CompletedTask;
    }
}
