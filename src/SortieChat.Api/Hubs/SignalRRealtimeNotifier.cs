using Microsoft.AspNetCore.SignalR;
using SortieChat.Api.Hubs.Backplane;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Messages;

namespace SortieChat.Api.Hubs;

/// <summary>Pushes committed changes through the hub context: to a room, to a user's connections, or evicting.</summary>
internal sealed class SignalRRealtimeNotifier(
    IHubContext<ChatHub, IChatClient> hub, RoomMembership rooms, ChatUpdateCoalescer chatUpdates, IClusterRelay cluster)
    : IRealtimeNotifier
{
    public async Task MessagePostedAsync(MessageDto message, CancellationToken cancellationToken)
    {
        await hub.Clients.Group(Rooms.Of(message.SortieId)).ReceiveMessage(message);
        chatUpdates.Touch(message.SortieId);
    }

    public async Task MessageDeletedAsync(string sortieId, string messageId, CancellationToken cancellationToken)
    {
        await hub.Clients.Group(Rooms.Of(sortieId)).MessageDeleted(new MessageDeletedEvent(sortieId, messageId));
        chatUpdates.Touch(sortieId);
    }

    public async Task MessageUpdatedAsync(MessageDto message, CancellationToken cancellationToken)
    {
        await hub.Clients.Group(Rooms.Of(message.SortieId)).MessageUpdated(new MessageUpdatedEvent(message.SortieId, message));
        chatUpdates.Touch(message.SortieId);
    }

    public async Task MessageReadAsync(MessageReadNotice notice, CancellationToken cancellationToken)
    {
        await hub.Clients.Group(Rooms.Of(notice.SortieId)).MessageRead(notice);
        chatUpdates.Touch(notice.SortieId);
    }

    public Task NotifyUserAsync(string userId, RealtimeNotification notification, CancellationToken cancellationToken) =>
        hub.Clients.User(userId).Notification(notification);

    public Task NotifyRoomAsync(RealtimeNotification notification, CancellationToken cancellationToken) =>
        hub.Clients.Group(Rooms.Of(notification.SortieId)).Notification(notification);

    public Task DisconnectUserAsync(string userId, CancellationToken cancellationToken)
    {
        cluster.DisconnectUser(userId);
        rooms.Disconnect(userId);
        return Task.CompletedTask;
    }

    /// <summary>The other instances are told first, so that they evict while this one does.</summary>
    public Task RemoveFromRoomAsync(string sortieId, string userId, CancellationToken cancellationToken)
    {
        cluster.EvictFromRoom(sortieId, userId);
        return rooms.EvictAsync(sortieId, userId);
    }
}
