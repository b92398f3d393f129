using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Hubs;

/// <summary>
/// DESIGN.md section 8 walked as clients would, over REST and the hub with the real .NET SignalR client: Alice created
/// the sortie, Bob is a member, Mallory is outside.
/// </summary>
public sealed class MessageFeaturesTests : IAsyncLifetime
{
    private Scenario scenario = null!;
    private HubClient alice = null!;
    private HubClient bob = null!;

    public async ValueTask InitializeAsync()
    {
        scenario = await Scenario.StartAsync();
        alice = await HubClient.ConnectAsync(scenario.Factory, scenario.Alice.Token);
        bob = await HubClient.ConnectAsync(scenario.Factory, scenario.Bob.Token);
        await alice.InvokeAsync("joinRoom", scenario.SortieId);
        await bob.InvokeAsync("joinRoom", scenario.SortieId);
    }

    public async ValueTask DisposeAsync()
    {
        await alice.DisposeAsync();
        await bob.DisposeAsync();
        await scenario.DisposeAsync();
    }

    [Fact]
    public async Task Moderation_CreatorDeletesAMembersMessage_TheRoomIsToldAndDeletedByNamesTheCreator()
    {
        var spam = (await scenario.SendAsync(scenario.Bob, new { type = "text", content = "buy cheap watches" })).Str("id");

        (await scenario.Alice.DeleteAsync($"/messages/{spam}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await bob.WaitForAsync("messageDeleted", e => e.GetProperty("messageId").GetString() == spam)).GetProperty("sortieId").GetString()
            .Should().Be(scenario.SortieId);
        var stored = await scenario.Bob.GetJsonAsync($"/messages/{spam}");
        (stored["isDeleted"]!.GetValue<bool>(), stored["content"], stored.Str("deletedBy")).Should().Be((true, null, scenario.Alice.Id));
    }

    [Fact]
    public async Task Moderation_DeletingASystemMessage_Is403ForbiddenEvenForTheCreator()
    {
        var welcome = (await scenario.Alice.GetJsonAsync($"/messages/chat/{scenario.ChatId}?afterSeq=0&limit=1"))["items"]![0]!.Str("id");

        var response = await scenario.Alice.DeleteAsync($"/messages/{welcome}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task SystemMessages_CarryTheirKindAndWhomTheyAreAbout()
    {
        var history = await scenario.Bob.GetJsonAsync($"/messages/chat/{scenario.ChatId}?afterSeq=0");

        var systems = history["items"]!.AsArray().Select(m => m!["system"]!).ToList();
        systems.Select(s => (s.Str("kind"), s.Str("userId"), s["displayName"]?.GetValue<string>()))
            .Should().Equal(("welcome", scenario.Alice.Id, null), ("member_joined", scenario.Bob.Id, "Bob"));
    }

    [Fact]
    public async Task Edit_OverRest_KeepsTheSeqSetsEditedAtAndTheRoomGetsTheWholeMessage()
    {
        var sent = await scenario.SendAsync(scenario.Bob, new { type = "text", content = "See you at 8" });

        var edited = await (await scenario.Bob.PatchAsync($"/messages/{sent.Str("id")}", new { content = "See you at 9" })).ShouldBeAsync(HttpStatusCode.OK);

        (edited.Str("content"), edited.Long("seq"), edited["editedAt"] is not null).Should().Be(("See you at 9", sent.Long("seq"), true));
        edited.Long("changeSeq").Should().BeGreaterThan(sent.Long("changeSeq"));
        var update = await alice.WaitForAsync("messageUpdated", e => e.GetProperty("message").GetProperty("id").GetString() == sent.Str("id"));
        (update.GetProperty("sortieId").GetString(), update.GetProperty("message").GetProperty("content").GetString()).Should().Be((scenario.SortieId, "See you at 9"));
    }

    [Fact]
    public async Task Edit_OverTheHub_AnswersTheMessageAndTheOthersGetMessageUpdated()
    {
        var sent = await alice.InvokeAsync("sendMessage", new { sortieId = scenario.SortieId, type = "text", content = "Bring a coat" });

        var edited = await alice.InvokeAsync("editMessage", new { messageId = Id(sent), content = "Bring a coat and boots" });

        edited.GetProperty("content").GetString().Should().Be("Bring a coat and boots");
        (await bob.WaitForAsync("messageUpdated", e => e.GetProperty("message").GetProperty("id").GetString() == Id(sent)))
            .GetProperty("message").GetProperty("editedAt").ValueKind.Should().Be(JsonValueKind.String);
    }

    [Fact]
    public async Task Edit_SomeoneElsesMessage_Is403AndADeletedOne409()
    {
        var bobs = (await scenario.SendAsync(scenario.Bob, new { type = "text", content = "mine" })).Str("id");
        var gone = (await scenario.SendAsync(scenario.Bob, new { type = "text", content = "gone" })).Str("id");
        await (await scenario.Bob.DeleteAsync($"/messages/{gone}")).ShouldBeAsync(HttpStatusCode.NoContent);

        await (await scenario.Alice.PatchAsync($"/messages/{bobs}", new { content = "not mine" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        await (await scenario.Bob.PatchAsync($"/messages/{gone}", new { content = "back" })).ShouldBeProblemAsync(HttpStatusCode.Conflict, "message_deleted");
        await (await scenario.Bob.PatchAsync($"/messages/{bobs}", new { content = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await scenario.Bob.PatchAsync($"/messages/{bobs}", new { content = new string('x', 5001) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Reactions_OverRestAndTheHub_AreIdempotentCountedAndBroadcast()
    {
        var sent = (await scenario.SendAsync(scenario.Alice, new { type = "text", content = "Picnic moved to Sunday" })).Str("id");
        var thumbsUp = Uri.EscapeDataString("👍");

        await (await scenario.Bob.PutAsync($"/messages/{sent}/reactions/{thumbsUp}")).ShouldBeAsync(HttpStatusCode.OK);
        var twice = await (await scenario.Bob.PutAsync($"/messages/{sent}/reactions/{thumbsUp}")).ShouldBeAsync(HttpStatusCode.OK);
        var viaHub = await alice.InvokeAsync("react", new { messageId = sent, emoji = "👍", on = true });

        twice["reactions"]!.AsArray().Should().ContainSingle().Which!.Long("count").Should().Be(1);
        var reaction = viaHub.GetProperty("reactions")[0];
        (reaction.GetProperty("emoji").GetString(), reaction.GetProperty("count").GetInt32()).Should().Be(("👍", 2));
        reaction.GetProperty("userIds").EnumerateArray().Select(u => u.GetString()).Should().Equal(scenario.Bob.Id, scenario.Alice.Id);
        (await bob.WaitForAsync("messageUpdated", e => e.GetProperty("message").GetProperty("reactions").GetArrayLength() == 1
            && e.GetProperty("message").GetProperty("reactions")[0].GetProperty("count").GetInt32() == 2)).Should().NotBeNull();
        var removed = await (await scenario.Bob.DeleteAsync($"/messages/{sent}/reactions/{thumbsUp}")).ShouldBeAsync(HttpStatusCode.OK);
        removed["reactions"]![0]!.Long("count").Should().Be(1);
    }

    [Fact]
    public async Task Reactions_NotOneEmoji_Is400()
    {
        var sent = (await scenario.SendAsync(scenario.Alice, new { type = "text", content = "hi" })).Str("id");

        await (await scenario.Bob.PutAsync($"/messages/{sent}/reactions/ok")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await scenario.Bob.PutAsync($"/messages/{sent}/reactions/{Uri.EscapeDataString("👍👍")}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Pins_CreatorPinsMembersSeeThemNewestFirstAndAMemberCannotPin()
    {
        var first = (await scenario.SendAsync(scenario.Bob, new { type = "text", content = "Meet at the gate" })).Str("id");
        var second = (await scenario.SendAsync(scenario.Bob, new { type = "text", content = "Bring water" })).Str("id");

        await (await scenario.Bob.PostAsync($"/messages/{first}/pin")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "forbidden");
        var pinned = await (await scenario.Alice.PostAsync($"/messages/{first}/pin")).ShouldBeAsync(HttpStatusCode.OK);
        await (await scenario.Alice.PostAsync($"/messages/{second}/pin")).ShouldBeAsync(HttpStatusCode.OK);

        pinned.Str("pinnedBy").Should().Be(scenario.Alice.Id);
        (await bob.WaitForAsync("messageUpdated", e => e.GetProperty("message").GetProperty("id").GetString() == first))
            .GetProperty("message").GetProperty("pinnedBy").GetString().Should().Be(scenario.Alice.Id);
        var pins = (await scenario.Bob.GetJsonAsync($"/chats/{scenario.ChatId}/pins")).AsArray();
        pins.Select(m => m!.Str("id")).Should().Equal(second, first);
        var unpinned = await (await scenario.Alice.DeleteAsync($"/messages/{second}/pin")).ShouldBeAsync(HttpStatusCode.OK);
        unpinned["pinnedAt"].Should().BeNull();
    }

    [Fact]
    public async Task ChangeFeed_AMemberOfflineWhileMessagesChanged_GetsEachOnceInChangeSeqOrder()
    {
        var edited = (await scenario.SendAsync(scenario.Alice, new { type = "text", content = "at 8" })).Str("id");
        var reacted = (await scenario.SendAsync(scenario.Alice, new { type = "text", content = "party" })).Str("id");
        var pinned = (await scenario.SendAsync(scenario.Alice, new { type = "text", content = "the address" })).Str("id");
        var deleted = (await scenario.SendAsync(scenario.Alice, new { type = "text", content = "oops" })).Str("id");
        var seen = (await scenario.Bob.GetJsonAsync($"/chats/{scenario.ChatId}")).Long("changeSeq");
        await bob.DisposeAsync();

        await (await scenario.Alice.PatchAsync($"/messages/{edited}", new { content = "at 9" })).ShouldBeAsync(HttpStatusCode.OK);
        await (await scenario.Alice.PutAsync($"/messages/{reacted}/reactions/{Uri.EscapeDataString("🎉")}")).ShouldBeAsync(HttpStatusCode.OK);
        await (await scenario.Alice.PostAsync($"/messages/{pinned}/pin")).ShouldBeAsync(HttpStatusCode.OK);
        await (await scenario.Alice.DeleteAsync($"/messages/{deleted}")).ShouldBeAsync(HttpStatusCode.NoContent);
        await (await scenario.Alice.PatchAsync($"/messages/{edited}", new { content = "at 9:30" })).ShouldBeAsync(HttpStatusCode.OK);
        var posted = (await scenario.SendAsync(scenario.Alice, new { type = "text", content = "see you" })).Str("id");

        var items = new List<JsonNode>();
        for (var after = (long?)seen; after is { } from;)
        {
            var page = await scenario.Bob.GetJsonAsync($"/messages/chat/{scenario.ChatId}?changedAfter={from}&limit=2");
            items.AddRange(page["items"]!.AsArray().Select(m => m!));
            after = page["nextChangeSeq"]?.GetValue<long>();
        }

        items.Select(m => m.Str("id")).Should().Equal(reacted, pinned, deleted, edited, posted);
        items.Select(m => m.Long("changeSeq")).Should().Equal(Enumerable.Range((int)seen + 2, 5).Select(i => (long)i), "the first edit was overtaken by the second");
        (items[0]["reactions"]![0]!.Str("emoji"), items[1].Str("pinnedBy"), items[2]["isDeleted"]!.GetValue<bool>(), items[3].Str("content"))
            .Should().Be(("🎉", scenario.Alice.Id, true, "at 9:30"));
        (await scenario.Bob.GetJsonAsync($"/chats/{scenario.ChatId}")).Long("changeSeq").Should().Be(items[^1].Long("changeSeq"));
    }

    private static string Id(JsonElement message) => message.GetProperty("id").GetString()!;
}
