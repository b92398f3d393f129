using Microsoft.AspNetCore.SignalR;
using SortieChat.Application.Abstractions;

namespace SortieChat.Api.Hubs;

/// <summary>Who is in which room on this instance: SignalR groups, presence, and the join and leave events.</summary>
public sealed class RoomMembership(ConnectionRegistry registry, IPresenceTracker presence, IHubContext<ChatHub, IChatClient> hubContext)
{
    public void Connected(string userId, HubCallerContext caller) => registry.Connected(userId, caller);

    /// <summary>The connection's membership was checked when it joined, and an eviction takes it out at once.</summary>
    public bool HasJoined(string connectionId, string sortieId) => registry.IsIn(connectionId, sortieId);

    /// <summary>Puts the connection in the room; false when the connection closed meanwhile.</summary>
    public async Task<bool> EnterAsync(Hub<IChatClient> hub, string userId, string sortieId)
    {
        var connectionId = hub.Context.ConnectionId;
        var room = Rooms.Of(sortieId);
        await hub.Groups.AddToGroupAsync(connectionId, room);
        if (!registry.Joined(connectionId, sortieId))
        {
            await hub.Groups.RemoveFromGroupAsync(connectionId, room);
            return false;
        }

        if (await presence.JoinAsync(sortieId, userId, connectionId))
        {
            await hub.Clients.OthersInGroup(room).UserJoinedRoom(new UserRoomEvent(sortieId, userId));
        }

        return true;
    }

    /// <summary>Closes every live connection of a user on this instance (a deactivated account).</summary>
    public void Disconnect(string userId)
    {
        foreach (var caller in registry.CallersOf(userId))
        {
            caller.Abort();
        }
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
