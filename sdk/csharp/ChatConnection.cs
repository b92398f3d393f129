using System.Threading.Channels;
using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace SortieChat.Client;

/// <summary>
/// The hub at <c>/chat</c> (DESIGN.md section 5), typed: one method per hub method, one <c>On…</c> per server event.
/// It recovers by itself: after a dropped connection it reconnects, joins again every room it had joined, and fetches
/// the history after the last seq it delivered, so <see cref="OnReceiveMessage"/> sees every message of a joined room
/// exactly once, in seq order; then the messages changed meanwhile (changedAfter), which <see cref="OnMessageUpdated"/>
/// sees like live edits, reactions, pins and deletions (docs/sdk.md). A failed call throws <see cref="SortieChatHubException"/> with the code.
/// </summary>
public sealed class ChatConnection : IAsyncDisposable
{
    private readonly HubConnection hub;
    private readonly MessagesClient history;
    private readonly int pageSize;
    private readonly IRetryPolicy retryPolicy;
    private readonly Lock gate = new();
    private readonly Dictionary<string, JoinedRoom> rooms = [];
    private readonly HandlerList<MessageDto> receivedMessages = new();
    private readonly HandlerList<MessageUpdatedEvent> updatedMessages = new();
    private readonly Channel<Func<Task>> work = Channel.CreateUnbounded<Func<Task>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource disposing = new();
    private readonly Task worker;

    internal ChatConnection(Uri serverUrl, Func<Task<string?>> accessToken, MessagesClient history, ChatConnectionOptions options)
    {
        this.history = history;
        pageSize = options.CatchUpPageSize;
        retryPolicy = options.RetryPolicy;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(serverUrl, "chat"), connection =>
            {
                connection.AccessTokenProvider = accessToken;
                options.ConfigureHttp?.Invoke(connection);
            })
            .WithAutomaticReconnect(options.RetryPolicy);
        if (options.UseMessagePack)
        {
            builder.AddMessagePackProtocol(messagePack =>
                messagePack.SerializerOptions = MessagePackSerializerOptions.Standard.WithResolver(JsonShapeResolver.Instance));
        }

        options.ConfigureConnection?.Invoke(builder);
        hub = builder.Build();

        // Live messages are put in order off SignalR's receive loop: a catch-up must not hold up the loop that answers calls.
        hub.On<MessageDto>("receiveMessage", message => Post(() => ReceiveLiveAsync(message)));
        hub.On<MessageUpdatedEvent>("messageUpdated", update => Post(() => UpdatedLiveAsync(update)));
        hub.On<RealtimeNotification>("notification", notification =>
        {
            if (notification.Kind == NotificationKind.Resync)
            {
                Post(CatchUpAllAsync);
            }
        });
        hub.Reconnected += _ => RejoinAllAsync();
        // A server that closes the connection itself (an abort, a restart) says "do not reconnect": this connection does anyway.
        hub.Closed += error => disposing.IsCancellationRequested ? Task.CompletedTask : RestartAsync(error);
        worker = Task.Run(WorkAsync);
    }

    /// <summary>The current connection's id (a new one after each reconnect); null while disconnected.</summary>
    public string? ConnectionId => hub.ConnectionId;

    /// <summary>Connected, connecting, reconnecting or disconnected.</summary>
    public HubConnectionState State => hub.State;

    /// <summary>Connects. Call the hub methods once this has finished.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>When connected.</returns>
    public Task StartAsync(CancellationToken cancellationToken = default) => hub.StartAsync(cancellationToken);

    /// <summary>Joins the room of a sortie (members only); rejoined after every reconnect until <see cref="LeaveRoomAsync"/>.</summary>
    /// <param name="sortieId">The sortie.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The room's last messages and last seq. Later messages come through <see cref="OnReceiveMessage"/>.</returns>
    public async Task<RoomSnapshotDto> JoinRoomAsync(string sortieId, CancellationToken cancellationToken = default)
    {
        JoinedRoom room;
        lock (gate)
        {
            if (!rooms.TryGetValue(sortieId, out room!))
            {
                rooms[sortieId] = room = new JoinedRoom(sortieId);
            }

            room.Joining = true;
        }

        RoomSnapshotDto snapshot;
        try
        {
            snapshot = await InvokeAsync<RoomSnapshotDto>("joinRoom", [sortieId], cancellationToken);
        }
        catch
        {
            Post(() => AbandonJoinAsync(room));
            throw;
        }

        var joined = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(async () =>
        {
            await JoinedAsync(room, snapshot);
            joined.TrySetResult();
        });
        await joined.Task.WaitAsync(cancellationToken);
        return snapshot;
    }

    /// <summary>Sends a message (the same body as REST's send; <see cref="SendMessageRequest.SortieId"/> is required here).</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The stored message; the room gets it through receiveMessage.</returns>
    public Task<MessageDto> SendMessageAsync(SendMessageRequest message, CancellationToken cancellationToken = default) =>
        InvokeAsync<MessageDto>("sendMessage", [message], cancellationToken);

    /// <summary>The sender edits the text, or a media message's caption.</summary>
    /// <param name="request">The message and its new content.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The message as it now is; the room gets it through messageUpdated.</returns>
    public Task<MessageDto> EditMessageAsync(EditMessageHubRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<MessageDto>("editMessage", [request], cancellationToken);

    /// <summary>Adds (<see cref="ReactRequest.On"/>) or removes the caller's reaction, one emoji; idempotent.</summary>
    /// <param name="request">The message, the emoji and whether it is on.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The message as it now is; the room gets it through messageUpdated.</returns>
    public Task<MessageDto> ReactAsync(ReactRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<MessageDto>("react", [request], cancellationToken);

    /// <summary>Tells the room the caller started or stopped typing.</summary>
    /// <param name="request">The sortie, and whether the caller is typing.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>When the server took it.</returns>
    public Task TypingAsync(TypingRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync("typing", [request], cancellationToken);

    /// <summary>Moves the caller's read watermark to a message of the sortie's chat.</summary>
    /// <param name="request">The sortie and the message.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The caller's new watermark.</returns>
    public Task<ReadStateDto> MarkAsReadAsync(MarkAsReadRequest request, CancellationToken cancellationToken = default) =>
        InvokeAsync<ReadStateDto>("markAsRead", [request], cancellationToken);

    /// <summary>Leaves the room: it is no longer rejoined after a reconnect.</summary>
    /// <param name="sortieId">The sortie.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>When left.</returns>
    public async Task LeaveRoomAsync(string sortieId, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            rooms.Remove(sortieId);
        }

        await InvokeAsync("leaveRoom", [sortieId], cancellationToken);
    }

    /// <summary>Who is online in the room (also sent as onlineUsers).</summary>
    /// <param name="sortieId">The sortie.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The users with at least one live connection in the room.</returns>
    public Task<OnlineUsersEvent> GetOnlineUsersAsync(string sortieId, CancellationToken cancellationToken = default) =>
        InvokeAsync<OnlineUsersEvent>("getOnlineUsers", [sortieId], cancellationToken);

    /// <summary>connected: the server accepted the connection (after each reconnect too).</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnConnected(Action<ConnectedEvent> handler) => hub.On("connected", handler);

    /// <summary>receiveMessage, put in order: every message of the joined rooms once, in seq order, gaps filled from history.</summary>
    /// <param name="handler">Called with each message, one at a time; keep it short.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnReceiveMessage(Action<MessageDto> handler) => receivedMessages.Add(handler);

    /// <summary>userTyping: another member started or stopped typing.</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnUserTyping(Action<UserTypingEvent> handler) => hub.On("userTyping", handler);

    /// <summary>messageRead: a member's watermark moved.</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnMessageRead(Action<MessageReadNotice> handler) => hub.On("messageRead", handler);

    /// <summary>notification: participation changes, members added or removed, eviction, resync.</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnNotification(Action<RealtimeNotification> handler) => hub.On("notification", handler);

    /// <summary>joinedRoom: the snapshot of a room the caller joined.</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnJoinedRoom(Action<RoomSnapshotDto> handler) => hub.On("joinedRoom", handler);

    /// <summary>userJoinedRoom: another member's first connection entered the room.</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnUserJoinedRoom(Action<UserRoomEvent> handler) => hub.On("userJoinedRoom", handler);

    /// <summary>userLeftRoom: another member's last connection left the room.</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnUserLeftRoom(Action<UserRoomEvent> handler) => hub.On("userLeftRoom", handler);

    /// <summary>onlineUsers: the answer of getOnlineUsers, also sent as an event.</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnOnlineUsers(Action<OnlineUsersEvent> handler) => hub.On("onlineUsers", handler);

    /// <summary>messageDeleted: a message of the room was deleted.</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnMessageDeleted(Action<MessageDeletedEvent> handler) => hub.On("messageDeleted", handler);

    /// <summary>
    /// messageUpdated: a message of a joined room was edited, reacted to or pinned; after a reconnect, also each message
    /// changed while away (deleted ones included), fetched with changedAfter, in changeSeq order.
    /// </summary>
    /// <param name="handler">Called with the whole message, one at a time; keep it short.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnMessageUpdated(Action<MessageUpdatedEvent> handler) => updatedMessages.Add(handler);

    /// <summary>chatUpdated: one of the caller's chats changed (joined or not), at most once a second per chat.</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnChatUpdated(Action<ChatUpdatedDto> handler) => hub.On("chatUpdated", handler);

    /// <summary>error: a call of this connection failed (the call also throws).</summary>
    /// <param name="handler">Called with the event.</param>
    /// <returns>Dispose to stop listening.</returns>
    public IDisposable OnError(Action<ErrorEvent> handler) => hub.On("error", handler);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await disposing.CancelAsync();
        work.Writer.TryComplete();
        await hub.DisposeAsync();
        await worker.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        disposing.Dispose();
    }

    private async Task<T> InvokeAsync<T>(string method, object?[] arguments, CancellationToken cancellationToken)
    {
        try
        {
            return await hub.InvokeCoreAsync<T>(method, arguments, cancellationToken);
        }
        catch (HubException exception)
        {
            throw new SortieChatHubException(exception.Message, exception);
        }
    }

    private async Task InvokeAsync(string method, object?[] arguments, CancellationToken cancellationToken)
    {
        try
        {
            await hub.InvokeCoreAsync(method, arguments, cancellationToken);
        }
        catch (HubException exception)
        {
            throw new SortieChatHubException(exception.Message, exception);
        }
    }

    private void Post(Func<Task> item) => work.Writer.TryWrite(item);

    /// <summary>One item at a time: the rooms' state is only touched here (and Joining under the gate).</summary>
    private async Task WorkAsync()
    {
        await foreach (var item in work.Reader.ReadAllAsync())
        {
            try
            {
                await item();
            }
            catch (Exception) when (!disposing.IsCancellationRequested)
            {
                // A catch-up that failed (the server unreachable again) is retried by the next reconnect or the next gap.
            }
            catch (Exception)
            {
                return;
            }
        }
    }

    private async Task JoinedAsync(JoinedRoom room, RoomSnapshotDto snapshot)
    {
        var firstJoin = room.ChatId is null;
        room.ChatId = snapshot.ChatId;
        if (firstJoin)
        {
            room.LastSeq = snapshot.LastSeq;
            room.LastChangeSeq = snapshot.ChangeSeq;
        }
        else
        {
            // Changes first: the seq catch-up below moves the highest change seen past changes it does not deliver.
            await CatchUpChangesAsync(room);
            await CatchUpAsync(room);
        }

        List<MessageDto> arrived;
        lock (gate)
        {
            room.Joining = false;
            arrived = [.. room.Pending.OrderBy(message => message.Seq)];
            room.Pending.Clear();
        }

        foreach (var message in arrived)
        {
            await AdvanceAsync(room, message);
        }
    }

    private Task AbandonJoinAsync(JoinedRoom room)
    {
        lock (gate)
        {
            room.Joining = false;
            if (room.ChatId is null && rooms.TryGetValue(room.SortieId, out var known) && known == room)
            {
                rooms.Remove(room.SortieId);
            }
        }

        return Task.CompletedTask;
    }

    private async Task ReceiveLiveAsync(MessageDto message)
    {
        JoinedRoom? room;
        lock (gate)
        {
            if (rooms.TryGetValue(message.SortieId, out room) && room.Joining)
            {
                room.Pending.Add(message);
                return;
            }
        }

        if (room is null)
        {
            receivedMessages.Raise(message);
            return;
        }

        await AdvanceAsync(room, message);
    }

    /// <summary>Delivers a live message after any it skipped (fetched from history); one already delivered is dropped.</summary>
    private async Task AdvanceAsync(JoinedRoom room, MessageDto message)
    {
        if (message.Seq > room.LastSeq + 1)
        {
            await CatchUpAsync(room);
        }

        if (message.Seq > room.LastSeq)
        {
            Deliver(room, message);
        }
    }

    private async Task CatchUpAsync(JoinedRoom room)
    {
        MessagePageDto page;
        do
        {
            page = await history.GetByChatAsync(room.ChatId!, limit: pageSize, afterSeq: room.LastSeq, cancellationToken: disposing.Token);
            foreach (var message in page.Items.Where(message => message.Seq > room.LastSeq))
            {
                Deliver(room, message);
            }
        }
        while (page.HasMore && page.Items.Count > 0);
    }

    /// <summary>Messages changed after the last change seen, already delivered ones only: new ones come through the seq catch-up.</summary>
    private async Task CatchUpChangesAsync(JoinedRoom room)
    {
        MessagePageDto page;
        do
        {
            page = await history.GetByChatAsync(
                room.ChatId!, limit: pageSize, changedAfter: room.LastChangeSeq, cancellationToken: disposing.Token);
            foreach (var message in page.Items)
            {
                Updated(room, message);
            }
        }
        while (page.HasMore && page.Items.Count > 0);
    }

    private Task UpdatedLiveAsync(MessageUpdatedEvent update)
    {
        JoinedRoom? room;
        lock (gate)
        {
            rooms.TryGetValue(update.SortieId, out room);
        }

        if (room is null)
        {
            updatedMessages.Raise(update);
        }
        else
        {
            Updated(room, update.Message);
        }

        return Task.CompletedTask;
    }

    private void Updated(JoinedRoom room, MessageDto message)
    {
        if (message.ChangeSeq <= room.LastChangeSeq)
        {
            return;
        }

        room.LastChangeSeq = message.ChangeSeq;
        if (message.Seq <= room.LastSeq)
        {
            updatedMessages.Raise(new MessageUpdatedEvent { SortieId = room.SortieId, Message = message });
        }
    }

    private void Deliver(JoinedRoom room, MessageDto message)
    {
        room.LastSeq = message.Seq;
        room.LastChangeSeq = Math.Max(room.LastChangeSeq, message.ChangeSeq);
        receivedMessages.Raise(message);
    }

    private async Task CatchUpAllAsync()
    {
        foreach (var room in JoinedRooms().Where(room => room.ChatId is not null && !room.Joining))
        {
            // As after a reconnect: the edits, reactions and deletions missed while the backplane was away, then new messages.
            await CatchUpChangesAsync(room);
            await CatchUpAsync(room);
        }
    }

    private async Task RestartAsync(Exception? error)
    {
        var since = DateTime.UtcNow;
        for (var attempt = 0; ; attempt++)
        {
            var delay = retryPolicy.NextRetryDelay(new RetryContext
            {
                PreviousRetryCount = attempt,
                ElapsedTime = DateTime.UtcNow - since,
                RetryReason = error ?? new InvalidOperationException("The server closed the connection."),
            });
            if (delay is null || disposing.IsCancellationRequested)
            {
                return;
            }

            try
            {
                await Task.Delay(delay.Value, disposing.Token);
                await hub.StartAsync(disposing.Token);
                break;
            }
            catch (Exception) when (!disposing.IsCancellationRequested)
            {
                // Not reachable yet: the policy says when to try again.
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        await RejoinAllAsync();
    }

    private async Task RejoinAllAsync()
    {
        foreach (var room in JoinedRooms())
        {
            try
            {
                await JoinRoomAsync(room.SortieId, disposing.Token);
            }
            catch (SortieChatHubException)
            {
                // No longer a member (removed while away): the room is forgotten; the error event said why.
                lock (gate)
                {
                    rooms.Remove(room.SortieId);
                }
            }
        }
    }

    private List<JoinedRoom> JoinedRooms()
    {
        lock (gate)
        {
            return [.. rooms.Values];
        }
    }
}
