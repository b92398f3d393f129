using System.Net;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>
/// Mentions (DESIGN.md section 8) as clients see them: Alice created the sortie, Bob is a member with two connections
/// (one joined to the room, one only connected, as a chat list screen is), Mallory is outside.
/// </summary>
public sealed class MentionTests : IAsyncLifetime
{
    private Scenario scenario = null!;
    private HubClient alice = null!;
    private HubClient bobInRoom = null!;
    private HubClient bobElsewhere = null!;

    public async ValueTask InitializeAsync()
    {
        scenario = await Scenario.StartAsync();
        alice = await HubClient.ConnectAsync(scenario.Factory, scenario.Alice.Token);
        bobInRoom = await HubClient.ConnectAsync(scenario.Factory, scenario.Bob.Token);
        bobElsewhere = await HubClient.ConnectAsync(scenario.Factory, scenario.Bob.Token);
        await alice.InvokeAsync("joinRoom", scenario.SortieId);
        await bobInRoom.InvokeAsync("joinRoom", scenario.SortieId);
        // An answered call: the connection's connect handler has run, so it is among Bob's live connections.
        await bobElsewhere.InvokeAsync("getOnlineUsers", scenario.SortieId);
    }

    public async ValueTask DisposeAsync()
    {
        await alice.DisposeAsync();
        await bobInRoom.DisposeAsync();
        await bobElsewhere.DisposeAsync();
        await scenario.DisposeAsync();
    }

    [Fact]
    public async Task Mention_OverRest_IsStoredAndEveryConnectionOfTheMentionedMemberIsNotified()
    {
        var sent = await scenario.SendAsync(scenario.Alice, new { type = "text", content = "@Bob bring the map", mentions = new[] { scenario.Bob.Id, scenario.Bob.Id } });

        sent["mentions"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Equal(scenario.Bob.Id);
        foreach (var connection in new[] { bobInRoom, bobElsewhere })
        {
            var notification = await connection.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "mentioned");
            notification.GetProperty("sortieId").GetString().Should().Be(scenario.SortieId);
            var data = notification.GetProperty("data");
            (data.GetProperty("messageId").GetString(), data.GetProperty("senderId").GetString()).Should().Be((sent.Str("id"), scenario.Alice.Id));
        }

        (await scenario.Bob.GetJsonAsync($"/messages/{sent.Str("id")}"))["mentions"]!.AsArray().Should().ContainSingle();
    }

    [Fact]
    public async Task Mention_OverTheHub_AnswersTheMessageWithItsMentionsAndAPlainMessageHasNone()
    {
        var sent = await bobInRoom.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = "@Alice ok", mentions = new[] { scenario.Alice.Id } });
        var plain = await bobInRoom.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = "ok" });

        sent.GetProperty("mentions").EnumerateArray().Select(m => m.GetString()).Should().Equal(scenario.Alice.Id);
        plain.GetProperty("mentions").GetArrayLength().Should().Be(0);
        (await alice.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "mentioned"))
            .GetProperty("data").GetProperty("messageId").GetString().Should().Be(sent.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Mention_OfSelf_IsStoredButNotNotified()
    {
        var sent = await scenario.SendAsync(scenario.Bob, new { type = "text", content = "note to @Bob", mentions = new[] { scenario.Bob.Id } });
        await scenario.SendAsync(scenario.Alice, new { type = "text", content = "@Bob", mentions = new[] { scenario.Bob.Id } });

        await bobElsewhere.WaitForAsync("notification", n => n.GetProperty("kind").GetString() == "mentioned");
        sent["mentions"]!.AsArray().Should().ContainSingle();
        bobElsewhere.All("notification").Where(n => n.GetProperty("kind").GetString() == "mentioned")
            .Select(n => n.GetProperty("data").GetProperty("senderId").GetString()).Should().Equal(scenario.Alice.Id);
    }

    [Fact]
    public async Task Mentions_OfANonMemberMalformedOrMoreThan50_Are400ValidationFailedAndPostNothing()
    {
        var before = (await scenario.Alice.GetJsonAsync($"/chats/{scenario.ChatId}")).Long("lastSeq");

        await (await scenario.Alice.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "text", content = "@Mallory", mentions = new[] { scenario.Mallory.Id } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await scenario.Alice.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "text", content = "@x", mentions = new[] { "x" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        var tooMany = Enumerable.Range(0, 51).Select(_ => Guid.CreateVersion7().ToString()).ToArray();
        await (await scenario.Alice.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "text", content = "@all", mentions = tooMany }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await scenario.Alice.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "text", content = "@?", mentions = new string?[] { null } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        (await scenario.Alice.GetJsonAsync($"/chats/{scenario.ChatId}")).Long("lastSeq").Should().Be(before);
    }

    [Fact]
    public async Task UnreadMentions_CountMentionsAboveTheWatermark_InTheChatListTheChatAndChatUpdated()
    {
        await scenario.SendAsync(scenario.Alice, new { type = "text", content = "@Bob one", mentions = new[] { scenario.Bob.Id } });
        var second = await scenario.SendAsync(scenario.Alice, new { type = "text", content = "@Bob two", mentions = new[] { scenario.Bob.Id } });
        var plain = await scenario.SendAsync(scenario.Alice, new { type = "text", content = "no mention" });

        (await BobsChatAsync()).Long("unreadMentions").Should().Be(2);
        (await scenario.Bob.GetJsonAsync($"/chats/{scenario.ChatId}")).Long("unreadMentions").Should().Be(2);
        (await scenario.Alice.GetJsonAsync($"/chats/{scenario.ChatId}")).Long("unreadMentions").Should().Be(0);
        (await bobElsewhere.WaitForAsync("chatUpdated", u => u.GetProperty("lastSeq").GetInt64() == plain.Long("seq")))
            .GetProperty("unreadMentions").GetInt64().Should().Be(2);

        await (await scenario.Alice.DeleteAsync($"/messages/{second.Str("id")}")).ShouldBeAsync(HttpStatusCode.NoContent);
        (await BobsChatAsync()).Long("unreadMentions").Should().Be(1, "a deleted message mentions no one");
        (await scenario.Bob.GetJsonAsync($"/messages/{second.Str("id")}"))["mentions"]!.AsArray().Should().BeEmpty();

        await (await scenario.Bob.PostAsync($"/messages/{plain.Str("id")}/read")).ShouldBeAsync(HttpStatusCode.OK);
        (await BobsChatAsync()).Long("unreadMentions").Should().Be(0);
    }

    [Fact]
    public async Task Muted_IsTheCallersOwnInTheChatListAndTheChat()
    {
        await (await scenario.Bob.PatchAsync($"/chats/{scenario.ChatId}/mute", new { muted = true })).ShouldBeAsync(HttpStatusCode.OK);

        (await BobsChatAsync())["muted"]!.GetValue<bool>().Should().BeTrue();
        (await scenario.Bob.GetJsonAsync($"/chats/sortie/{scenario.SortieId}"))["muted"]!.GetValue<bool>().Should().BeTrue();
        (await scenario.Alice.GetJsonAsync($"/chats/{scenario.ChatId}"))["muted"]!.GetValue<bool>().Should().BeFalse();

        await (await scenario.Bob.PatchAsync($"/chats/{scenario.ChatId}/mute", new { muted = false })).ShouldBeAsync(HttpStatusCode.OK);
        (await BobsChatAsync())["muted"]!.GetValue<bool>().Should().BeFalse();
    }

    private async Task<JsonNode> BobsChatAsync() =>
        (await scenario.Bob.GetJsonAsync("/chats")).AsArray().Single(c => c!.Str("id") == scenario.ChatId)!;
}
