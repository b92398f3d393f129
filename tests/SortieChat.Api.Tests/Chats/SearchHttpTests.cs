using System.Net;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Chats;

/// <summary>GET /chats/{chatId}/search as a client uses it: newest first, paged with before, refusals with their codes.</summary>
public sealed class SearchHttpTests : IAsyncLifetime
{
    private Scenario scenario = null!;
    private List<string> picnics = null!;

    public async ValueTask InitializeAsync()
    {
        scenario = await Scenario.StartAsync();
        picnics = [];
        for (var i = 1; i <= 3; i++)
        {
            picnics.Add((await scenario.SendAsync(scenario.Bob, new { type = "text", content = $"Pique-nique n°{i} au Château" })).Str("id"));
            await scenario.SendAsync(scenario.Alice, new { type = "text", content = $"Autre chose {i}" });
        }
    }

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Search_AMember_GetsTheMatchesNewestFirstAsHistoryShowsThem()
    {
        var page = await scenario.Alice.GetJsonAsync($"/chats/{scenario.ChatId}/search?q=chateau%20PIQUE");
        var history = await scenario.Alice.GetJsonAsync($"/messages/chat/{scenario.ChatId}?limit=100");

        page["items"]!.AsArray().Select(m => m!.Str("id")).Should().Equal(picnics[2], picnics[1], picnics[0]);
        (page["hasMore"]!.GetValue<bool>(), page["nextCursor"]).Should().Be((false, null));
        page["items"]![0]!.ToJsonString().Should().Be(history["items"]!.AsArray().Single(m => m!.Str("id") == picnics[2])!.ToJsonString());
    }

    [Fact]
    public async Task Search_Paged_WalksOlderThroughNextCursor()
    {
        var first = await scenario.Bob.GetJsonAsync($"/chats/{scenario.ChatId}/search?q=pique&limit=2");
        var second = await scenario.Bob.GetJsonAsync($"/chats/{scenario.ChatId}/search?q=pique&limit=2&before={first.Str("nextCursor")}");

        first["items"]!.AsArray().Select(m => m!.Str("id")).Should().Equal(picnics[2], picnics[1]);
        (first["hasMore"]!.GetValue<bool>(), first.Str("nextCursor")).Should().Be((true, picnics[1]));
        second["items"]!.AsArray().Select(m => m!.Str("id")).Should().Equal(picnics[0]);
        (second["hasMore"]!.GetValue<bool>(), second["nextCursor"]).Should().Be((false, null));
    }

    public static TheoryData<string> BadQueries => new()
    {
        string.Empty,
        "?q=",
        "?q=%20%20%20",
        "?q=%3F!%2C.%20-",
        "?q=a%20b%20c%20d%20e%20f%20g%20h%20i%20j%20k",
        $"?q={new string('a', 201)}",
        "?q=pique&limit=0",
        "?q=pique&limit=101",
        "?q=pique&before=not-an-id",
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Search_WithoutAWordOrWithBadPaging_Is400ValidationFailed(string query)
    {
        var response = await scenario.Alice.GetAsync($"/chats/{scenario.ChatId}/search{query}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Search_BeforeAMessageOfAnotherChat_Is404LikeHistory()
    {
        var other = await (await scenario.Mallory.PostAsync("/sorties", new { title = "Mine", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 2 }))
            .ShouldBeAsync(HttpStatusCode.Created);
        var foreign = await (await scenario.Mallory.PostAsync($"/messages/sortie/{other.Str("id")}", new { type = "text", content = "pique" }))
            .ShouldBeAsync(HttpStatusCode.Created);

        var response = await scenario.Alice.GetAsync($"/chats/{scenario.ChatId}/search?q=pique&before={foreign.Str("id")}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("Mallory", false, HttpStatusCode.Forbidden, "not_a_member")]
    [InlineData("Alice", true, HttpStatusCode.NotFound, "not_found")]
    [InlineData(null, false, HttpStatusCode.Unauthorized, "unauthorized")]
    public async Task Search_ByAnOutsiderOrOfAnUnknownChat_IsRefusedWithItsCode(string? caller, bool unknownChat, HttpStatusCode status, string code)
    {
        using var anonymous = scenario.Factory.CreateClient();
        var client = caller switch { "Mallory" => scenario.Mallory.Client, "Alice" => scenario.Alice.Client, _ => anonymous };
        var chatId = unknownChat ? Guid.CreateVersion7().ToString() : scenario.ChatId;

        var response = await client.GetAsync($"/chats/{chatId}/search?q=pique", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(status, code);
    }
}
