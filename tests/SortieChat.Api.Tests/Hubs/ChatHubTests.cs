using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>The hub contract of DESIGN.md section 5 with the real .NET SignalR client through the test server.</summary>
public sealed class ChatHubTests : IAsyncLifetime
{
    private Scenario scenario = null!;
    private HubClient alice = null!;
    private HubClient bob = null!;

    public async ValueTask InitializeAsync()
    {
        scenario = await Scenario.StartAsync();
        alice = await HubClient.ConnectAsync(scenario.Factory, scenario.Alice.Token);
        bob = await HubClient.ConnectAsync(scenario.Factory, scenario.Bob.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await alice.DisposeAsync();
        await bob.DisposeAsync();
        await scenario.DisposeAsync();
    }

    [Fact]
    public async Task Connect_SendsConnectedWithTheUserId()
    {
        var connected = await alice.WaitForAsync("connected");

        connected.GetProperty("userId").GetString().Should().Be(scenario.Alice.Id);
    }

    [Fact]
    public async Task JoinRoom_ReturnsAndPushesTheLastMessagesAndTellsTheOthers()
    {
        await alice.InvokeAsync("joinRoom", scenario.SortieId);

        var joined = await bob.InvokeAsync("joinRoom", scenario.SortieId);

        joined.GetProperty("sortieId").GetString().Should().Be(scenario.SortieId);
        joined.GetProperty("chatId").GetString().Should().Be(scenario.ChatId);
        joined.GetProperty("lastSeq").GetInt64().Should().Be(2);
        joined.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("seq").GetInt64()).Should().Equal(1, 2);
        (await bob.WaitForAsync("joinedRoom")).GetProperty("lastSeq").GetInt64().Should().Be(2);
        var arrival = await alice.WaitForAsync("userJoinedRoom", e => e.GetProperty("userId").GetString() == scenario.Bob.Id);
        arrival.GetProperty("sortieId").GetString().Should().Be(scenario.SortieId);
    }

    [Fact]
    public async Task SendMessage_ReturnsTheStoredMessageAndEveryConnectionInTheRoomReceivesIt()
    {
        await using var bobsPhone = await HubClient.ConnectAsync(scenario.Factory, scenario.Bob.Token);
        foreach (var client in new[] { alice, bob, bobsPhone })
        {
            await client.InvokeAsync("joinRoom", scenario.SortieId);
        }

        var stored = await bob.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = "hello hub", clientMessageId = "hub-1" });

        stored.GetProperty("seq").GetInt64().Should().Be(3);
        stored.GetProperty("senderId").GetString().Should().Be(scenario.Bob.Id);
        foreach (var client in new[] { alice, bob, bobsPhone })
        {
            var received = await client.WaitForAsync("receiveMessage");
            received.GetProperty("id").GetString().Should().Be(stored.GetProperty("id").GetString());
            received.GetProperty("content").GetString().Should().Be("hello hub");
        }
    }

    [Fact]
    public async Task MessageSentOverRest_ArrivesAsReceiveMessage()
    {
        await alice.InvokeAsync("joinRoom", scenario.SortieId);

        var sent = await scenario.SendAsync(scenario.Bob, new { type = "text", content = "from REST" });

        // The system message announcing Bob is broadcast after its commit and may reach Alice after she joined.
        var received = await alice.WaitForAsync("receiveMessage", m => m.GetProperty("seq").GetInt64() == sent.Long("seq"));
        received.GetProperty("id").GetString().Should().Be(sent.Str("id"));
    }

    [Fact]
    public async Task TypingMarkAsReadAndDelete_ReachTheRoom()
    {
        await alice.InvokeAsync("joinRoom", scenario.SortieId);
        await bob.InvokeAsync("joinRoom", scenario.SortieId);
        var message = await bob.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = "read me" });
        var messageId = message.GetProperty("id").GetString()!;

        await bob.Connection.InvokeAsync("typing", new { sortieId = scenario.SortieId, isTyping = true }, TestContext.Current.CancellationToken);
        var read = await alice.InvokeAsync("markAsRead", new { sortieId = scenario.SortieId, messageId });
        (await bob.DeleteMessageAsync(scenario, messageId)).Should().Be(HttpStatusCode.NoContent);

        var typing = await alice.WaitForAsync("userTyping");
        typing.GetProperty("userId").GetString().Should().Be(scenario.Bob.Id);
        typing.GetProperty("isTyping").GetBoolean().Should().BeTrue();
        read.GetProperty("lastReadSeq").GetInt64().Should().Be(3);
        var readEvent = await bob.WaitForAsync("messageRead");
        readEvent.GetProperty("userId").GetString().Should().Be(scenario.Alice.Id);
        readEvent.GetProperty("seq").GetInt64().Should().Be(3);
        readEvent.GetProperty("messageId").GetString().Should().Be(messageId);
        (await alice.WaitForAsync("messageDeleted")).GetProperty("messageId").GetString().Should().Be(messageId);
    }

    [Fact]
    public async Task Typing_IsThrottledToOnePerSecondButStoppingAlwaysPasses()
    {
        await alice.InvokeAsync("joinRoom", scenario.SortieId);
        await bob.InvokeAsync("joinRoom", scenario.SortieId);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 5; i++)
        {
            await bob.Connection.InvokeAsync("typing", new { sortieId = scenario.SortieId, isTyping = true }, TestContext.Current.CancellationToken);
        }

        var elapsed = watch.Elapsed;
        await bob.Connection.InvokeAsync("typing", new { sortieId = scenario.SortieId, isTyping = false }, TestContext.Current.CancellationToken);
        await alice.WaitForAsync("userTyping", e => !e.GetProperty("isTyping").GetBoolean());

        // One per started second of the burst (one in all when the machine is not loaded).
        alice.All("userTyping").Count(e => e.GetProperty("isTyping").GetBoolean()).Should().BeInRange(1, 1 + (int)elapsed.TotalSeconds);
    }

    [Fact]
    public async Task Typing_AStopPassesOnlyAfterAStartThatPassed_OncePerStart()
    {
        await alice.InvokeAsync("joinRoom", scenario.SortieId);
        await bob.InvokeAsync("joinRoom", scenario.SortieId);

        foreach (var isTyping in new[] { false, true, false, false })
        {
            await bob.Connection.InvokeAsync("typing", new { sortieId = scenario.SortieId, isTyping }, TestContext.Current.CancellationToken);
        }

        // Anything Bob's calls sent Alice is ahead of this message on her connection.
        await bob.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = "marker" });
        await alice.WaitForAsync("receiveMessage");
        alice.All("userTyping").Select(e => e.GetProperty("isTyping").GetBoolean()).Should().Equal(true, false);
    }

    [Fact]
    public async Task LeaveRoomAndGetOnlineUsers_FollowPresencePerUser()
    {
        await alice.InvokeAsync("joinRoom", scenario.SortieId);
        await bob.InvokeAsync("joinRoom", scenario.SortieId);

        var online = await alice.InvokeAsync("getOnlineUsers", scenario.SortieId);
        online.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()).Should().BeEquivalentTo([scenario.Alice.Id, scenario.Bob.Id]);
        online.GetProperty("count").GetInt32().Should().Be(2);
        (await alice.WaitForAsync("onlineUsers")).GetProperty("count").GetInt32().Should().Be(2);

        await bob.Connection.InvokeAsync("leaveRoom", scenario.SortieId, TestContext.Current.CancellationToken);

        (await alice.WaitForAsync("userLeftRoom")).GetProperty("userId").GetString().Should().Be(scenario.Bob.Id);
        (await alice.InvokeAsync("getOnlineUsers", scenario.SortieId)).GetProperty("count").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Disconnect_OfTheLastConnection_TellsTheRoomTheUserLeft()
    {
        await alice.InvokeAsync("joinRoom", scenario.SortieId);
        await bob.InvokeAsync("joinRoom", scenario.SortieId);

        await bob.Connection.StopAsync(TestContext.Current.CancellationToken);

        (await alice.WaitForAsync("userLeftRoom")).GetProperty("userId").GetString().Should().Be(scenario.Bob.Id);
    }

    [Fact]
    public async Task NonMember_JoinAndSend_FailWithNotAMemberAndAnErrorEvent()
    {
        await using var mallory = await HubClient.ConnectAsync(scenario.Factory, scenario.Mallory.Token);

        var join = () => mallory.InvokeAsync("joinRoom", scenario.SortieId);
        var send = () => mallory.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = "let me in" });

        (await join.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("HubException: not_a_member: ");
        (await send.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("HubException: not_a_member: ");
        (await mallory.WaitForAsync("error")).GetProperty("code").GetString().Should().Be("not_a_member");
    }

    [Fact]
    public async Task BadInput_FailsWithValidationFailed()
    {
        var send = () => bob.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "system", content = "I am the server" });

        (await send.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("HubException: validation_failed: ");
    }

    [Theory]
    [InlineData("sticker", null)]
    [InlineData("text", "")]
    [InlineData("image", null)]
    public async Task SendMessage_WithABadlyShapedRequest_FailsWithValidationFailed(string type, string? content)
    {
        var send = () => bob.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type, content });

        (await send.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("HubException: validation_failed: ");
    }

    [Fact]
    public async Task ParticipationDecisions_ReachTheParticipantAndTheRoomLive()
    {
        await using var mallory = await HubClient.ConnectAsync(scenario.Factory, scenario.Mallory.Token);
        await alice.InvokeAsync("joinRoom", scenario.SortieId);
        var request = await (await scenario.Mallory.PostAsync($"/sorties/{scenario.SortieId}/participations")).ShouldBeAsync(HttpStatusCode.Created);
        var requested = await alice.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "participation_requested");
        var data = requested.GetProperty("data");
        (data.GetProperty("participationId").GetString(), data.GetProperty("displayName").GetString(), requested.GetProperty("text").GetString())
            .Should().Be((request.Str("id"), "Mallory", "Mallory asks to join your sortie."));

        await (await scenario.Alice.PatchAsync($"/participations/{request.Str("id")}/status", new { status = "ACCEPTEE" })).ShouldBeAsync(HttpStatusCode.OK);

        (await mallory.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "participation_accepted"))
            .GetProperty("sortieId").GetString().Should().Be(scenario.SortieId);
        await alice.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "member_added");
        (await mallory.InvokeAsync("joinRoom", scenario.SortieId)).GetProperty("lastSeq").GetInt64().Should().Be(3);
    }

    [Fact]
    public async Task ChatUpdated_ReachesAMemberWhoHasNotJoinedTheRoom()
    {
        var sent = await scenario.SendAsync(scenario.Bob, new { type = "text", content = "for your badge" });

        var update = await alice.WaitForAsync("chatUpdated", u => u.GetProperty("lastSeq").GetInt64() == sent.Long("seq"));

        update.GetProperty("chatId").GetString().Should().Be(scenario.ChatId);
        update.GetProperty("unreadCount").GetInt64().Should().Be(2, "Alice has read only the welcome message: Bob's arrival and his message are new");
        update.GetProperty("lastMessage").GetProperty("id").GetString().Should().Be(sent.Str("id"));
    }

    [Fact]
    public async Task ChatUpdated_EachMemberGetsTheirOwnUnreadCount()
    {
        var sent = await scenario.SendAsync(scenario.Bob, new { type = "text", content = "for your badge" });

        var toAlice = await alice.WaitForAsync("chatUpdated", u => u.GetProperty("lastSeq").GetInt64() == sent.Long("seq"));
        var toBob = await bob.WaitForAsync("chatUpdated", u => u.GetProperty("lastSeq").GetInt64() == sent.Long("seq"));

        toAlice.GetProperty("unreadCount").GetInt64().Should().Be(2);
        toBob.GetProperty("unreadCount").GetInt64().Should().Be(0, "sending marks the chat read up to the message");
    }

    [Fact]
    public async Task ChatUpdated_ABurstOfMessages_IsCoalescedWithTheLatestStateDelivered()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 8; i++)
        {
            await scenario.SendAsync(scenario.Bob, new { type = "text", content = $"burst {i}" });
        }

        var elapsed = watch.Elapsed;
        await alice.WaitForAsync("chatUpdated", u => u.GetProperty("lastSeq").GetInt64() == 10);

        // At most one a second: a first one, then one per second the burst lasted, then the last state.
        alice.All("chatUpdated").Count.Should().BeLessThanOrEqualTo(2 + (int)Math.Ceiling(elapsed.TotalSeconds)).And.BeLessThan(8);
    }

    [Fact]
    public async Task SlowMode_RefusesASecondSendWithinTheCooldown()
    {
        await (await scenario.Alice.PatchAsync($"/chats/{scenario.ChatId}", new { cooldownSeconds = 30 })).ShouldBeAsync(HttpStatusCode.OK);
        await bob.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = "first" });

        var second = () => bob.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = "second" });

        (await second.Should().ThrowAsync<HubException>()).Which.Message.Should().Contain("HubException: slow_mode: ");
    }
}

internal static class HubTestSteps
{
    public static async Task<HttpStatusCode> DeleteMessageAsync(this HubClient _, Scenario scenario, string messageId) =>
        (await scenario.Bob.DeleteAsync($"/messages/{messageId}")).StatusCode;

    public static bool IsText(this JsonElement message) => message.GetProperty("type").GetString() == "text";
}
