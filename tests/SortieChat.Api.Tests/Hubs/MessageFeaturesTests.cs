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

    private static string Id(JsonElement message) => message.GetProperty("id").GetString()!;
}
