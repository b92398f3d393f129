using System.Net;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>Every paging mode over HTTP on a chat of 10 messages (seq 1 welcome, 2 Bob's arrival, 3..10 texts).</summary>
public sealed class PagingHttpTests : IAsyncLifetime
{
    private Scenario scenario = null!;
    private Dictionary<long, string> ids = null!;

    public async ValueTask InitializeAsync()
    {
        scenario = await Scenario.StartAsync();
        for (var i = 3; i <= 10; i++)
        {
            await scenario.SendAsync(scenario.Bob, new { type = "text", content = $"m{i}" });
        }

        var all = await scenario.Alice.GetJsonAsync($"/messages/chat/{scenario.ChatId}?limit=100");
        ids = all["items"]!.AsArray().ToDictionary(m => m!.Long("seq"), m => m!.Str("id"));
    }

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Theory]
    [InlineData("limit=3", new long[] { 8, 9, 10 }, true, 8L)]
    [InlineData("limit=3&page=2", new long[] { 5, 6, 7 }, true, 5L)]
    [InlineData("limit=3&page=4", new long[] { 1 }, false, null)]
    [InlineData("limit=3&afterSeq=0", new long[] { 1, 2, 3 }, true, 3L)]
    [InlineData("limit=3&afterSeq=8", new long[] { 9, 10 }, false, null)]
    [InlineData("", new long[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, false, null)]
    public async Task History_InEachMode_ReturnsItsWindow(string query, long[] seqs, bool hasMore, long? cursorSeq)
    {
        var page = await scenario.Bob.GetJsonAsync($"/messages/sortie/{scenario.SortieId}?{query}");

        page["items"]!.AsArray().Select(m => m!.Long("seq")).Should().Equal(seqs);
        page["hasMore"]!.GetValue<bool>().Should().Be(hasMore);
        page["nextCursor"]?.GetValue<string>().Should().Be(cursorSeq is { } seq ? ids[seq] : null);
    }

    [Fact]
    public async Task History_ChangedAfter_AnswersChangesInOrderWithNextChangeSeq()
    {
        var page = await scenario.Bob.GetJsonAsync($"/messages/chat/{scenario.ChatId}?changedAfter=6&limit=3");

        page["items"]!.AsArray().Select(m => m!.Long("changeSeq")).Should().Equal(7, 8, 9);
        (page["hasMore"]!.GetValue<bool>(), page.Long("nextChangeSeq"), page["nextCursor"]).Should().Be((true, 9L, null));
    }

    [Fact]
    public async Task History_BeforeAndAfterCursors_WalkBothWays()
    {
        var before = await scenario.Bob.GetJsonAsync($"/messages/chat/{scenario.ChatId}?limit=4&before={ids[5]}");
        var after = await scenario.Bob.GetJsonAsync($"/messages/chat/{scenario.ChatId}?limit=4&after={ids[5]}");

        before["items"]!.AsArray().Select(m => m!.Long("seq")).Should().Equal(1, 2, 3, 4);
        before["hasMore"]!.GetValue<bool>().Should().BeFalse();
        after["items"]!.AsArray().Select(m => m!.Long("seq")).Should().Equal(6, 7, 8, 9);
        after.Str("nextCursor").Should().Be(ids[9]);
    }

    [Theory]
    [InlineData("page=1&afterSeq=2")]
    [InlineData("before={0}&after={0}")]
    [InlineData("limit=0")]
    [InlineData("limit=101")]
    [InlineData("afterSeq=-1")]
    [InlineData("afterSeq=abc")]
    [InlineData("page=0")]
    [InlineData("changedAfter=2&afterSeq=2")]
    [InlineData("changedAfter=2&page=1")]
    [InlineData("changedAfter=2&before={0}")]
    [InlineData("changedAfter=-1")]
    public async Task History_WithBadPaging_Is400ValidationFailed(string query)
    {
        var response = await scenario.Bob.GetAsync($"/messages/sortie/{scenario.SortieId}?{string.Format(System.Globalization.CultureInfo.InvariantCulture, query, ids[3])}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }
}
