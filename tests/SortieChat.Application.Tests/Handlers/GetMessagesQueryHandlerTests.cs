using Microsoft.Extensions.Options;
using Moq;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Application.Messages.GetMessages;
using SortieChat.Application.Tests.Support;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Tests.Handlers;

/// <summary>How a query becomes a window of history, and how the window's answer becomes a page.</summary>
public sealed class GetMessagesQueryHandlerTests
{
    private const string ChatId = "0190b7a4-3c5e-7d2a-9f1b-000000000001";
    private const string SortieId = "0190b7a4-3c5e-7d2a-9f1b-000000000002";
    private const string Reader = "0190b7a4-3c5e-7d2a-9f1b-000000000003";
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly Mock<IChatRepository> chats = new();
    private readonly Mock<IMessageRepository> messages = new();
    private readonly Mock<ICurrentUser> currentUser = new();
    private MessageWindow? asked;

    public GetMessagesQueryHandlerTests()
    {
        var chat = Chat.Rehydrate(ChatId, SortieId, "Picnic", null, 40, null, 0, Now, Now, [new ChatMember(Reader, ChatRole.Member, Now, 30, null)], 40);
        chats.Setup(c => c.FindByIdAsync(ChatId, It.IsAny<CancellationToken>())).ReturnsAsync(chat);
        currentUser.Setup(u => u.UserId).Returns(Reader);
        messages.Setup(m => m.GetWindowAsync(ChatId, It.IsAny<MessageWindow>(), It.IsAny<CancellationToken>()))
            .Callback((string _, MessageWindow window, CancellationToken _) => asked = window)
            .ReturnsAsync(new MessageSlice([Message(20), Message(21)], HasMore: true));
    }

    [Fact]
    public async Task Handle_Page3_SkipsTwoPagesFromTheNewest()
    {
        await Handle(new GetMessagesQuery { ChatId = ChatId, Limit = 5, Page = 3 });

        asked.Should().Be(new MessageWindow(PageDirection.Older, null, 5, Skip: 10));
    }

    [Fact]
    public async Task Handle_After_AnchorsNewerOnTheCursorSeqAndPointsNextCursorAtTheNewestItem()
    {
        messages.Setup(m => m.FindByIdAsync("cursor", It.IsAny<CancellationToken>())).ReturnsAsync(Message(19, "cursor"));

        var page = await Handle(new GetMessagesQuery { ChatId = ChatId, Limit = 2, After = "cursor" });

        asked.Should().Be(new MessageWindow(PageDirection.Newer, 19, 2));
        page.NextCursor.Should().Be("m21");
    }

    [Fact]
    public async Task Handle_Newest_PointsNextCursorAtTheOldestItemAndComputesReadBy()
    {
        var page = await Handle(new GetMessagesQuery { ChatId = ChatId });

        asked.Should().Be(new MessageWindow(PageDirection.Older, null, 50));
        page.NextCursor.Should().Be("m20");
        page.Items.Should().OnlyContain(m => m.ReadBy.SequenceEqual(new[] { Reader }));
    }

    [Fact]
    public async Task Handle_MessagesCommittedAfterTheMembershipWasRead_AreHeldBackForTheNextPage()
    {
        messages.Setup(m => m.GetWindowAsync(ChatId, It.IsAny<MessageWindow>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new MessageSlice([Message(39), Message(40), Message(41), Message(42)], HasMore: false));

        var page = await Handle(new GetMessagesQuery { ChatId = ChatId, AfterSeq = 38 });

        page.Items.Select(m => m.Seq).Should().Equal(39, 40);
        page.HasMore.Should().BeTrue();
        page.NextCursor.Should().Be("m40");
    }

    private static Message Message(long seq, string? id = null) => Domain.Messages.Message.Rehydrate(
        id ?? $"m{seq}", ChatId, SortieId, Reader, seq, MessageDraft.Text("hi"), false, null, null, Now, Now, new MessageRevision(seq));

    private async Task<Messages.MessagePageDto> Handle(GetMessagesQuery query) =>
        (await new GetMessagesQueryHandler(chats.Object, messages.Object, currentUser.Object, Options.Create(new LimitsOptions()))
            .Handle(query, TestContext.Current.CancellationToken)).ShouldSucceed();
}
