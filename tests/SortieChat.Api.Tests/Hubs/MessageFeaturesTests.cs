using System.Net;
using System.Text.Json;
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

    private static string Id(JsonElement message) => message.GetProperty("id").GetString()!;
}
