using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using SortieChat.Api.Auth;
using SortieChat.Api.Contracts;
using SortieChat.Application.Messages;
using SortieChat.Application.Messages.MarkAsRead;
using SortieChat.Application.Rooms;
using SortieChat.Application.Rooms.GetRoomAccess;
using SortieChat.Application.Rooms.JoinRoom;
using SortieChat.Application.Users.GetMe;
using SortieChat.Domain.Common;

namespace SortieChat.Api.Hubs;

/// <summary>
/// The <c>/chat</c> hub: about connections and groups. Each method sends one command or query; broadcasting
/// of committed changes happens in the event handlers (<see cref="SignalRRealtimeNotifier"/>), and
/// <see cref="HubResultFilter"/> turns failed results into errors.
/// </summary>
[Authorize]
public sealed class ChatHub(ISender mediator, RoomMembership rooms, TypingThrottle typingThrottle) : Hub<IChatClient>
{
    private string UserId => SortieChatClaims.UserIdOf(Context.User!)!;

    public override async Task OnConnectedAsync()
    {
        rooms.Connected(UserId, Context);
        // Registered first, then checked: a deactivation committed before the registration is seen here, and one
        // committed after it finds this connection registered and closes it (DisconnectDeactivatedUser).
        if ((await mediator.Send(new GetMeQuery(), Context.ConnectionAborted)).IsFailure)
        {
            Context.Abort();
            return;
        }

        await Clients.Caller.Connected(new ConnectedEvent(UserId));
    }

    public override Task OnDisconnectedAsync(Exception? exception) => rooms.DisconnectedAsync(this, UserId);

    /// <summary>
    /// In the room first, then the snapshot: a message committed meanwhile is in the snapshot, live, or both
    /// (clients keep one per seq), never missed; and a removal committed meanwhile is seen by the snapshot's check.
    /// </summary>
    [HubMethodName("joinRoom")]
    public async Task<Result<RoomSnapshotDto>> JoinRoom(string sortieId)
    {
        var access = await mediator.Send(new GetRoomAccessQuery(sortieId), Context.ConnectionAborted);
        if (access.IsFailure)
        {
            return access.Error!;
        }

        if (!await rooms.EnterAsync(this, UserId, sortieId))
        {
            return HubErrors.ConnectionClosed;
        }

        var snapshot = await mediator.Send(new JoinRoomQuery(sortieId), Context.ConnectionAborted);
        if (snapshot.IsFailure)
        {
            await rooms.LeaveAsync(this, UserId, sortieId);
            return snapshot;
        }

        await Clients.Caller.JoinedRoom(snapshot.Value);
        return snapshot;
    }

    [HubMethodName("sendMessage")]
    public async Task<Result<MessageDto>> SendMessage(SendMessageRequest? message)
    {
        if (message is null)
        {
            return HubErrors.MissingArgument;
        }

        var sent = await mediator.Send(message.ToCommand(), Context.ConnectionAborted);
        return sent.IsSuccess ? sent.Value.Message : sent.Error!;
    }

    [HubMethodName("editMessage")]
    public async Task<Result<MessageDto>> EditMessage(EditMessageHubRequest? request) => request is null
        ? HubErrors.MissingArgument
        : await mediator.Send(request.ToCommand(), Context.ConnectionAborted);

    [HubMethodName("react")]
    public async Task<Result<MessageDto>> React(ReactRequest? request) => request is null
        ? HubErrors.MissingArgument
        : await mediator.Send(request.ToCommand(), Context.ConnectionAborted);

    [HubMethodName("typing")]
    public async Task<Result> Typing(TypingRequest? request)
    {
        if (request is null)
        {
            return HubErrors.MissingArgument;
        }

        // Throttled before anything is read: a typing storm never reaches the database.
        if (!typingThrottle.ShouldPass(UserId, request.SortieId, request.IsTyping))
        {
            return Result.Success();
        }

        var access = await CheckRoomAccessAsync(request.SortieId);
        if (access.IsSuccess)
        {
            await Clients.OthersInGroup(Rooms.Of(request.SortieId)).UserTyping(new UserTypingEvent(request.SortieId, UserId, request.IsTyping));
        }

        return access;
    }

    [HubMethodName("markAsRead")]
    public async Task<Result<ReadStateDto>> MarkAsRead(MarkAsReadRequest? request) => request is null
        ? HubErrors.MissingArgument
        : await mediator.Send(request.ToCommand(), Context.ConnectionAborted);

    [HubMethodName("leaveRoom")]
    public async Task<Result> LeaveRoom(string sortieId)
    {
        var access = await CheckRoomAccessAsync(sortieId);
        if (access.IsSuccess)
        {
            await rooms.LeaveAsync(this, UserId, sortieId);
        }

        return access;
    }

    [HubMethodName("getOnlineUsers")]
    public async Task<Result<OnlineUsersEvent>> GetOnlineUsers(string sortieId)
    {
        var access = await CheckRoomAccessAsync(sortieId);
        if (access.IsFailure)
        {
            return access.Error!;
        }

        var online = await rooms.OnlineAsync(sortieId, Context.ConnectionAborted);
        await Clients.Caller.OnlineUsers(online);
        return online;
    }

    /// <summary>A connection in the room was checked when it joined; any other asks the store once.</summary>
    private async Task<Result> CheckRoomAccessAsync(string sortieId)
    {
        if (rooms.HasJoined(Context.ConnectionId, sortieId))
        {
            return Result.Success();
        }

        var access = await mediator.Send(new GetRoomAccessQuery(sortieId), Context.ConnectionAborted);
        return access.IsSuccess ? Result.Success() : access.Error!;
    }
}
