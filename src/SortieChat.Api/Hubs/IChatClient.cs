using Microsoft.AspNetCore.SignalR;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Messages;
using SortieChat.Application.Rooms;

namespace SortieChat.Api.Hubs;

/// <summary>
/// The server-to-client events of DESIGN.md section 5. Each is sent under its camelCase name: the .NET client's
/// <c>On</c> is case-sensitive, so the name on the wire is what counts.
/// </summary>
public interface IChatClient
{
    [HubMethodName("connected")]
    Task Connected(ConnectedEvent payload);

    [HubMethodName("receiveMessage")]
    Task ReceiveMessage(MessageDto message);

    [HubMethodName("userTyping")]
    Task UserTyping(UserTypingEvent payload);

    [HubMethodName("messageRead")]
    Task MessageRead(MessageReadNotice payload);

    [HubMethodName("notification")]
    Task Notification(RealtimeNotification payload);

    [HubMethodName("joinedRoom")]
    Task JoinedRoom(RoomSnapshotDto payload);

    [HubMethodName("userJoinedRoom")]
    Task UserJoinedRoom(UserRoomEvent payload);

    [HubMethodName("userLeftRoom")]
    Task UserLeftRoom(UserRoomEvent payload);

    [HubMethodName("onlineUsers")]
    Task OnlineUsers(OnlineUsersEvent payload);

    [HubMethodName("messageDeleted")]
    Task MessageDeleted(MessageDeletedEvent payload);

    [HubMethodName("messageUpdated")]
    Task MessageUpdated(MessageUpdatedEvent payload);

    [HubMethodName("chatUpdated")]
    Task ChatUpdated(ChatUpdatedDto payload);

    [HubMethodName("error")]
    Task Error(ErrorEvent payload);
}
