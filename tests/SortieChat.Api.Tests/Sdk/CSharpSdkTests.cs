using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Api.Tests.Support;
using SortieChat.Client;
using ChatHub = SortieChat.Api.Hubs.ChatHub;
using IChatClient = SortieChat.Api.Hubs.IChatClient;
using Rooms = SortieChat.Api.Hubs.Rooms;
using ServerNotification = SortieChat.Application.Abstractions.RealtimeNotification;

namespace SortieChat.Api.Tests.Sdk;

/// <summary>The generated C# client and its hub connection, driven against a real Kestrel on 127.0.0.1.</summary>
public sealed class CSharpSdkTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new();
    private Uri server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        server = factory.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Sdk_FullScenario_TalksReadsPagesAndDeletes()
    {
        using var users = await SdkUsers.StartAsync(server);
        var sortieId = users.Sortie.Id;
        await using var aliceChat = users.Alice.CreateChatConnection();
        await using var bobChat = users.Bob.CreateChatConnection();
        var aliceReceived = new Received<MessageDto>();
        var aliceDeleted = new Received<MessageDeletedEvent>();
        aliceChat.OnReceiveMessage(aliceReceived.Add);
        aliceChat.OnMessageDeleted(aliceDeleted.Add);
        await aliceChat.StartAsync(Ct);
        await bobChat.StartAsync(Ct);
        var snapshot = await aliceChat.JoinRoomAsync(sortieId, Ct);
        await bobChat.JoinRoomAsync(sortieId, Ct);

        var sent = await bobChat.SendMessageAsync(
            new SendMessageRequest { SortieId = sortieId, Type = MessageType.Text, Content = "Hello", ClientMessageId = "bob-1" }, Ct);
        var received = await aliceReceived.WaitForAsync(items => items.Any(m => m.Id == sent.Id));
        var read = await aliceChat.MarkAsReadAsync(new MarkAsReadRequest { SortieId = sortieId, MessageId = sent.Id }, Ct);
        var newest = await users.Alice.Messages.GetBySortieAsync(sortieId, limit: 1, cancellationToken: Ct);
        var older = await users.Alice.Messages.GetBySortieAsync(sortieId, limit: 100, before: newest.NextCursor, cancellationToken: Ct);
        await users.Bob.Messages.DeleteAsync(sent.Id, Ct);
        await aliceDeleted.WaitForAsync(items => items.Any(d => d.MessageId == sent.Id));
        var deleted = await users.Alice.Messages.GetAsync(sent.Id, Ct);

        received.Single().Seq.Should().Be(snapshot.LastSeq + 1);
        received.Single().Type.Should().Be(MessageType.Text);
        read.LastReadSeq.Should().Be(sent.Seq);
        newest.Items.Single().Id.Should().Be(sent.Id);
        newest.HasMore.Should().BeTrue();
        older.Items.Select(m => m.Seq).Should().Equal(Enumerable.Range(1, (int)sent.Seq - 1).Select(seq => (long)seq));
        older.Items[0].Type.Should().Be(MessageType.System);
        deleted.IsDeleted.Should().BeTrue();
        deleted.Content.Should().BeNull();
    }

    [Fact]
    public async Task ChatConnection_ServerAbortsItWhileTwentyAreSent_DeliversEverySeqOnceInOrder()
    {
        using var users = await SdkUsers.StartAsync(server);
        var gate = new NegotiateGate();
        await using var bobChat = users.Bob.CreateChatConnection(new ChatConnectionOptions
        {
            ConfigureHttp = http => http.HttpMessageHandlerFactory = gate.Wrap,
        });
        var delivered = new Received<MessageDto>();
        bobChat.OnReceiveMessage(delivered.Add);
        await bobChat.StartAsync(Ct);
        var joinedAt = (await bobChat.JoinRoomAsync(users.Sortie.Id, Ct)).LastSeq;
        var firstConnection = bobChat.ConnectionId;

        gate.Close();
        foreach (var caller in factory.Services.GetRequiredService<Api.Hubs.ConnectionRegistry>().CallersOf(users.BobId))
        {
            caller.Abort();
        }

        await WaitUntilAsync(() => bobChat.State != HubConnectionState.Connected);
        var sent = await AliceSendsTwentyAsync(users);

        gate.Open();
        var received = await delivered.WaitForAsync(items => items.Any(m => m.Seq == sent[^1].Seq));

        bobChat.ConnectionId.Should().NotBe(firstConnection);
        received.Select(m => m.Seq).Should().Equal(Enumerable.Range(1, 20).Select(i => joinedAt + i));
        received.Select(m => m.Id).Should().Equal(sent.Select(m => m.Id));
    }

    [Fact]
    public async Task ChatConnection_NetworkCutWhileTwentyAreSent_DeliversEverySeqOnceInOrder()
    {
        using var users = await SdkUsers.StartAsync(server);
        await using var proxy = new LoopbackProxy(server);
        using var bobThroughProxy = new SortieChatClient(proxy.Url) { AccessToken = users.Bob.AccessToken };
        await using var bobChat = bobThroughProxy.CreateChatConnection();
        var delivered = new Received<MessageDto>();
        bobChat.OnReceiveMessage(delivered.Add);
        await bobChat.StartAsync(Ct);
        var joinedAt = (await bobChat.JoinRoomAsync(users.Sortie.Id, Ct)).LastSeq;
        var firstConnection = bobChat.ConnectionId;

        proxy.Cut();
        await WaitUntilAsync(() => bobChat.State != HubConnectionState.Connected);
        var sent = await AliceSendsTwentyAsync(users);

        proxy.Restore();
        var received = await delivered.WaitForAsync(items => items.Any(m => m.Seq == sent[^1].Seq));

        bobChat.ConnectionId.Should().NotBe(firstConnection);
        received.Select(m => m.Seq).Should().Equal(Enumerable.Range(1, 20).Select(i => joinedAt + i));
        received.Select(m => m.Id).Should().Equal(sent.Select(m => m.Id));
    }

    [Fact]
    public async Task ChatConnection_NetworkCutWhileMessagesChange_DeliversEachChangeOnceInChangeSeqOrderAfterReconnecting()
    {
        using var users = await SdkUsers.StartAsync(server);
        await using var proxy = new LoopbackProxy(server);
        using var bobThroughProxy = new SortieChatClient(proxy.Url) { AccessToken = users.Bob.AccessToken };
        await using var bobChat = bobThroughProxy.CreateChatConnection();
        var delivered = new Received<MessageDto>();
        var updated = new Received<MessageUpdatedEvent>();
        bobChat.OnReceiveMessage(delivered.Add);
        bobChat.OnMessageUpdated(updated.Add);
        await bobChat.StartAsync(Ct);
        await bobChat.JoinRoomAsync(users.Sortie.Id, Ct);
        var sent = new List<MessageDto>();
        foreach (var text in new[] { "at 8", "party", "the address", "oops" })
        {
            sent.Add(await users.Alice.Messages.SendAsync(users.Sortie.Id, new SendMessageRequest { Type = MessageType.Text, Content = text }, Ct));
        }

        var live = await bobChat.EditMessageAsync(new EditMessageHubRequest { MessageId = (await bobChat.SendMessageAsync(
            new SendMessageRequest { SortieId = users.Sortie.Id, Type = MessageType.Text, Content = "mine" }, Ct)).Id, Content = "mine, edited" }, Ct);
        await updated.WaitForAsync(items => items.Any(u => u.Message.Id == live.Id));
        await delivered.WaitForAsync(items => items.Count == 5);

        proxy.Cut();
        await WaitUntilAsync(() => bobChat.State != HubConnectionState.Connected);
        await users.Alice.Messages.EditAsync(sent[0].Id, new EditMessageRequest { Content = "at 9" }, Ct);
        await users.Alice.Messages.AddReactionAsync(sent[1].Id, "🎉", Ct);
        await users.Alice.Messages.PinAsync(sent[2].Id, Ct);
        await users.Alice.Messages.DeleteAsync(sent[3].Id, Ct);
        var after = await users.Alice.Messages.SendAsync(users.Sortie.Id, new SendMessageRequest { Type = MessageType.Text, Content = "see you" }, Ct);
        proxy.Restore();

        var changes = await updated.WaitForAsync(items => items.Any(u => u.Message.Id == sent[3].Id));
        var received = await delivered.WaitForAsync(items => items.Any(m => m.Id == after.Id));

        changes.Select(u => u.Message.Id).Should().Equal(live.Id, sent[0].Id, sent[1].Id, sent[2].Id, sent[3].Id);
        changes.Select(u => u.Message.ChangeSeq).Should().BeInAscendingOrder();
        (changes[1].Message.Content, changes[2].Message.Reactions.Single().Emoji, changes[3].Message.PinnedBy is not null, changes[4].Message.IsDeleted)
            .Should().Be(("at 9", "🎉", true, true));
        received.Select(m => m.Id).Should().EndWith(after.Id).And.OnlyHaveUniqueItems();
    }

    /// <summary>
    /// Told to resync (the instance's backplane was interrupted), the connection catches up the changes it missed as
    /// well as the new messages; the interruption is played by taking Bob out of the room's group behind the SDK's back.
    /// </summary>
    [Fact]
    public async Task ChatConnection_ResyncAfterMissedRoomEvents_DeliversTheMissedChangesAndMessagesOnce()
    {
        using var users = await SdkUsers.StartAsync(server);
        await using var bobChat = users.Bob.CreateChatConnection();
        var delivered = new Received<MessageDto>();
        var updated = new Received<MessageUpdatedEvent>();
        bobChat.OnReceiveMessage(delivered.Add);
        bobChat.OnMessageUpdated(updated.Add);
        await bobChat.StartAsync(Ct);
        await bobChat.JoinRoomAsync(users.Sortie.Id, Ct);
        var first = await users.Alice.Messages.SendAsync(users.Sortie.Id, new SendMessageRequest { Type = MessageType.Text, Content = "at 8" }, Ct);
        var second = await users.Alice.Messages.SendAsync(users.Sortie.Id, new SendMessageRequest { Type = MessageType.Text, Content = "oops" }, Ct);
        await delivered.WaitForAsync(items => items.Any(m => m.Id == second.Id));

        var hub = factory.Services.GetRequiredService<IHubContext<ChatHub, IChatClient>>();
        await hub.Groups.RemoveFromGroupAsync(bobChat.ConnectionId!, Rooms.Of(users.Sortie.Id), Ct);
        await users.Alice.Messages.EditAsync(first.Id, new EditMessageRequest { Content = "at 9" }, Ct);
        await users.Alice.Messages.DeleteAsync(second.Id, Ct);
        var third = await users.Alice.Messages.SendAsync(users.Sortie.Id, new SendMessageRequest { Type = MessageType.Text, Content = "see you" }, Ct);
        await hub.Clients.User(users.BobId).Notification(
            new ServerNotification(users.Sortie.Id, "resync", "Catch up.", new Dictionary<string, string?>()));

        var changes = await updated.WaitForAsync(items => items.Any(u => u.Message.Id == second.Id));
        var received = await delivered.WaitForAsync(items => items.Any(m => m.Id == third.Id));

        changes.Select(u => (u.Message.Id, u.Message.Content, u.Message.IsDeleted)).Should().Equal((first.Id, "at 9", false), (second.Id, null, true));
        received.Select(m => m.Id).Should().Equal(first.Id, second.Id, third.Id);
    }

    [Fact]
    public async Task ChatConnection_OverMessagePack_SendsAndReceivesTheSameTypedMessages()
    {
        using var users = await SdkUsers.StartAsync(server);
        await using var bobChat = users.Bob.CreateChatConnection(new ChatConnectionOptions { UseMessagePack = true });
        var received = new Received<MessageDto>();
        bobChat.OnReceiveMessage(received.Add);
        await bobChat.StartAsync(Ct);
        await bobChat.JoinRoomAsync(users.Sortie.Id, Ct);

        var own = await bobChat.SendMessageAsync(
            new SendMessageRequest { SortieId = users.Sortie.Id, Type = MessageType.Text, Content = "Packed for @Bob", Mentions = [users.BobId] }, Ct);
        var sent = await users.Alice.Messages.SendAsync(users.Sortie.Id, new SendMessageRequest { Type = MessageType.Text, Content = "Back" }, Ct);
        var messages = await received.WaitForAsync(items => items.Any(m => m.Id == sent.Id));

        (own.Content, own.Mentions.Single()).Should().Be(("Packed for @Bob", users.BobId));
        messages.Select(m => m.Id).Should().Equal(own.Id, sent.Id);
        messages[1].Type.Should().Be(MessageType.Text);
        messages[1].CreatedAt.Should().Be(sent.CreatedAt);
    }

    [Fact]
    public async Task Upload_ThroughTheGeneratedClient_StoresTheFileToSendAsAnImage()
    {
        using var users = await SdkUsers.StartAsync(server);
        using var png = new MemoryStream(Media.SampleFiles.Png());

        var uploaded = await users.Bob.Messages.UploadAsync(users.Sortie.Id, new FileParameter(png, "photo.png", "image/png"), Ct);
        var sent = await users.Bob.Messages.SendAsync(
            users.Sortie.Id, new SendMessageRequest { Type = uploaded.Type, MediaUrl = uploaded.Url, ThumbnailUrl = uploaded.ThumbnailUrl }, Ct);

        uploaded.Type.Should().Be(MessageType.Image);
        sent.MediaUrl.Should().Be(uploaded.Url);
    }

    [Fact]
    public async Task SearchMessages_ThroughTheGeneratedClient_PagesTheMatchesNewestFirst()
    {
        using var users = await SdkUsers.StartAsync(server);
        var sent = new List<MessageDto>();
        foreach (var text in new[] { "Rendez-vous au Café", "autre chose", "Un CAFÉ crème" })
        {
            sent.Add(await users.Alice.Messages.SendAsync(users.Sortie.Id, new SendMessageRequest { Type = MessageType.Text, Content = text }, Ct));
        }

        var first = await users.Bob.Chats.SearchMessagesAsync(users.Sortie.ChatId, "caf", limit: 1, cancellationToken: Ct);
        var next = await users.Bob.Chats.SearchMessagesAsync(users.Sortie.ChatId, "caf", limit: 1, before: first.NextCursor, cancellationToken: Ct);

        (first.Items.Single().Id, first.HasMore, next.Items.Single().Id, next.HasMore).Should().Be((sent[2].Id, true, sent[0].Id, false));
    }

    [Fact]
    public async Task RestCall_AnsweredWithProblemDetails_ThrowsTheTypedErrorWithItsCode()
    {
        using var users = await SdkUsers.StartAsync(server);
        var (outsider, _) = await SdkUsers.RegisterAsync(server, "Mallory");
        using var _ = outsider;

        var call = () => outsider.Messages.GetBySortieAsync(users.Sortie.Id, cancellationToken: Ct);

        var thrown = await call.Should().ThrowAsync<SortieChatApiException<ProblemDetails>>();
        thrown.Which.StatusCode.Should().Be(403);
        thrown.Which.Code.Should().Be("not_a_member");
        ((ISortieChatError)thrown.Which).Code.Should().Be(thrown.Which.Result.Code);
    }

    [Fact]
    public async Task HubCall_RefusedByTheServer_ThrowsTheTypedErrorWithItsCode()
    {
        using var users = await SdkUsers.StartAsync(server);
        var (outsider, _) = await SdkUsers.RegisterAsync(server, "Mallory");
        using var _ = outsider;
        await using var chat = outsider.CreateChatConnection();
        await chat.StartAsync(Ct);

        var call = () => chat.JoinRoomAsync(users.Sortie.Id, Ct);

        var thrown = await call.Should().ThrowAsync<SortieChatHubException>();
        thrown.Which.Code.Should().Be("not_a_member");
        thrown.Which.Message.Should().NotContain("HubException");
    }

    private static async Task<List<MessageDto>> AliceSendsTwentyAsync(SdkUsers users)
    {
        var sent = new List<MessageDto>();
        for (var i = 1; i <= 20; i++)
        {
            sent.Add(await users.Alice.Messages.SendAsync(
                users.Sortie.Id, new SendMessageRequest { Type = MessageType.Text, Content = $"While Bob is away {i}" }, Ct));
        }

        return sent;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            waited.Should().BeLessThan(30_000, "the condition should hold within 30 seconds");
            await Task.Delay(20, Ct);
        }
    }
}
