using Microsoft.AspNetCore.SignalR;
using SortieChat.Application.Rooms;
using SortieChat.Application.Abstractions;

namespace SortieChat.Api.Hubs;

/// <summary>Who is in which room on this instance: SignalR groups, presence, and the join and leave events.</summary>
public sealed class RoomMembership(ConnectionRegistry registry, IPresenceTracker presence, IHubContext<ChatHub, IChatClient> hubContext)
{
    public void Connected(string userId, string connectionId) => registry.Connected(userId, connectionId);

    public async Task JoinAsync(Hub<IChatClient> hub, string userId, RoomSnapshotDto snapshot)
    {
        var connectionId = hub.Context.ConnectionId;
        var room = Rooms.Of(snapshot.SortieId);
        await hub.Groups.AddToGroupAsync(connectionId, room);
        registry.Joined(connectionId, snapshot.SortieId);
        if (await presence.JoinAsync(snapshot.SortieId, userId, connectionId))
        {
            await hub.Clients.OthersInGroup(room).UserJoinedRoom(new UserRoomEvent(snapshot.SortieId, userId));
        }

        await hub.Clients.Caller.JoinedRoom(snapshot);
    }

    public async Task LeaveAsync(Hub<IChatClient> hub, string userId, string sortieId)
    {
        var connectionId = hub.Context.ConnectionId;
        registry.Left(connectionId, sortieId);
        await hub.Groups.RemoveFromGroupAsync(connectionId, Rooms.Of(sortieId));
        await LeftAsync(sortieId, userId, connectionId);
    }

    /// <summary>SignalR drops a closed connection from its groups; presence is ours to update.</summary>
    public async Task DisconnectedAsync(Hub<IChatClient> hub, string userId)
    {
        foreach (var sortieId in registry.Disconnected(userId, hub.Context.ConnectionId))
        {
            await LeftAsync(sortieId, userId, hub.Context.ConnectionId);
        }
    }

    /// <summary>Takes every connection of the user on this instance out of the room, at once.</summary>
    public async Task EvictAsync(string sortieId, string userId)
    {
        foreach (var connectionId in registry.EvictFromRoom(userId, sortieId))
        {
            await hubContext.Groups.RemoveFromGroupAsync(connectionId, Rooms.Of(sortieId));
            await LeftAsync(sortieId, userId, connectionId);
        }
    }

    public async Task<OnlineUsersEvent> OnlineAsync(string sortieId, CancellationToken cancellationToken)
    {
        var online = await presence.GetOnlineUsersAsync(sortieId, cancellationToken);
        return new OnlineUsersEvent(sortieId, [.. online.Order(StringComparer.Ordinal)], online.Count);
    }

    private async Task LeftAsync(string sortieId, string userId, string connectionId)
    {
        if (await presence.LeaveAsync(sortieId, userId, connectionId))
        {
            await hubContext.Clients.Group(Rooms.Of(sortieId)).UserLeftRoom(new UserRoomEvent(sortieId, userId));
        }
    }
}
