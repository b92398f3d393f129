using SortieChat.Application.Messages.GetMessages;
using SortieChat.Application.Tests.Support;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Tests;

/// <summary>Every paging mode of DESIGN.md section 4 on a chat of 12 messages (seq 1 is the welcome message).</summary>
public sealed class PagingTests : IAsyncLifetime
{
    private TestApp app = null!;
    private string alice = null!;
    private string sortieId = null!;
    private string chatId = null!;
    private Dictionary<long, string> idsBySeq = null!;

    public async ValueTask InitializeAsync()
    {
        app = await TestApp.StartAsync();
        alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        (sortieId, chatId) = (sortie.Id, sortie.ChatId);
        for (var i = 2; i <= 12; i++)
        {
            await app.SendTextAsync(alice, sortieId, $"message {i}");
        }

        var all = await app.PageAsync(alice, new GetMessagesQuery { ChatId = chatId, Limit = 100 });
        idsBySeq = all.Items.ToDictionary(m => m.Seq, m => m.Id);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Newest_WithoutSelector_ReturnsTheLastPageOldestFirst()
    {
        var page = await app.PageAsync(alice, new GetMessagesQuery { SortieId = sortieId, Limit = 5 });

        page.Items.Select(m => m.Seq).Should().Equal(8, 9, 10, 11, 12);
        page.HasMore.Should().BeTrue();
        page.NextCursor.Should().Be(idsBySeq[8]);
    }

    [Fact]
    public async Task Newest_WithDefaultLimit_ReturnsEverythingWithoutMore()
    {
        var page = await app.PageAsync(alice, new GetMessagesQuery { SortieId = sortieId });

        page.Items.Select(m => m.Seq).Should().Equal(Enumerable.Range(1, 12).Select(i => (long)i));
        page.HasMore.Should().BeFalse();
        page.NextCursor.Should().BeNull();
    }

    [Fact]
    public async Task Before_FollowingNextCursor_WalksBackToTheFirstMessage()
    {
        var seen = new List<long>();
        var page = await app.PageAsync(alice, new GetMessagesQuery { ChatId = chatId, Limit = 5 });
        seen.InsertRange(0, page.Items.Select(m => m.Seq));
        while (page.HasMore)
        {
            page = await app.PageAsync(alice, new GetMessagesQuery { ChatId = chatId, Limit = 5, Before = page.NextCursor });
            seen.InsertRange(0, page.Items.Select(m => m.Seq));
        }

        seen.Should().Equal(Enumerable.Range(1, 12).Select(i => (long)i));
        page.NextCursor.Should().BeNull();
    }

    [Fact]
    public async Task After_FollowingNextCursor_WalksForwardToTheLastMessage()
    {
        var seen = new List<long>();
        var page = await app.PageAsync(alice, new GetMessagesQuery { ChatId = chatId, Limit = 4, After = idsBySeq[1] });
        seen.AddRange(page.Items.Select(m => m.Seq));
        page.NextCursor.Should().Be(idsBySeq[5]);
        while (page.HasMore)
        {
            page = await app.PageAsync(alice, new GetMessagesQuery { ChatId = chatId, Limit = 4, After = page.NextCursor });
            seen.AddRange(page.Items.Select(m => m.Seq));
        }

        seen.Should().Equal(Enumerable.Range(2, 11).Select(i => (long)i));
    }

    [Theory]
    [InlineData(0, new long[] { 1, 2, 3 }, true)]
    [InlineData(9, new long[] { 10, 11, 12 }, false)]
    [InlineData(12, new long[0], false)]
    public async Task AfterSeq_ReturnsExactlyTheMessagesAfterIt(long afterSeq, long[] expected, bool hasMore)
    {
        var page = await app.PageAsync(alice, new GetMessagesQuery { ChatId = chatId, Limit = 3, AfterSeq = afterSeq });

        page.Items.Select(m => m.Seq).Should().Equal(expected);
        page.HasMore.Should().Be(hasMore);
        page.NextCursor.Should().Be(hasMore ? idsBySeq[expected[^1]] : null);
    }

    [Theory]
    [InlineData(1, new long[] { 8, 9, 10, 11, 12 }, true)]
    [InlineData(2, new long[] { 3, 4, 5, 6, 7 }, true)]
    [InlineData(3, new long[] { 1, 2 }, false)]
    [InlineData(4, new long[0], false)]
    public async Task Page_CountsPagesFromTheNewest(int pageNumber, long[] expected, bool hasMore)
    {
        var page = await app.PageAsync(alice, new GetMessagesQuery { SortieId = sortieId, Limit = 5, Page = pageNumber });

        page.Items.Select(m => m.Seq).Should().Equal(expected);
        page.HasMore.Should().Be(hasMore);
        page.NextCursor.Should().Be(hasMore ? idsBySeq[expected[0]] : null);
    }

    [Fact]
    public async Task TwoSelectors_AtOnce_FailValidationNamingBoth()
    {
        var result = await app.SendAsync(alice, new GetMessagesQuery { ChatId = chatId, AfterSeq = 2, Page = 1 });

        result.ShouldFailWith(ErrorCodes.ValidationFailed).Fields!.Keys.Should().Contain(["afterSeq", "page"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Limit_OutOfRange_FailsValidation(int limit)
    {
        var result = await app.SendAsync(alice, new GetMessagesQuery { ChatId = chatId, Limit = limit });

        result.ShouldFailWith(ErrorCodes.ValidationFailed).Fields!.Keys.Should().Contain("limit");
    }

    [Fact]
    public async Task Before_WithACursorFromAnotherChat_IsNotFound()
    {
        var otherSortie = await app.CreateSortieAsync(alice);
        var otherMessage = await app.SendTextAsync(alice, otherSortie.Id, "elsewhere");

        var result = await app.SendAsync(alice, new GetMessagesQuery { ChatId = chatId, Before = otherMessage.Id });

        result.ShouldFailWith(ErrorCodes.NotFound);
    }
}
