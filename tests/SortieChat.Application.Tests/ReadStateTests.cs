using SortieChat.Application.Chats.ListMyChats;
using SortieChat.Application.Messages.GetMessage;
using SortieChat.Application.Messages.MarkAsRead;
using SortieChat.Application.Tests.Support;

namespace SortieChat.Application.Tests;

/// <summary>The read watermark: it only moves forward, and unreadCount and readBy follow it.</summary>
public sealed class ReadStateTests : IAsyncLifetime
{
    private TestApp app = null!;
    private string alice = null!;
    private string bob = null!;
    private string sortieId = null!;
    private List<Messages.MessageDto> fromAlice = null!;

    public async ValueTask InitializeAsync()
    {
        app = await TestApp.StartAsync();
        alice = await app.RegisterAsync("Alice");
        bob = await app.RegisterAsync("Bob");
        sortieId = (await app.CreateSortieAsync(alice)).Id;
        await app.JoinAsync(alice, bob, sortieId); // seq 2 announces Bob: his watermark starts there
        fromAlice = [];
        for (var i = 0; i < 4; i++)
        {
            fromAlice.Add(await app.SendTextAsync(alice, sortieId, $"news {i}")); // seqs 3..6
        }
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task UnreadCount_ForANewMember_CountsOnlyWhatCameAfterTheirArrival()
    {
        var chats = (await app.SendAsync(bob, new ListMyChatsQuery())).ShouldSucceed();

        chats.Single().UnreadCount.Should().Be(4);
    }

    [Fact]
    public async Task MarkAsRead_MovesTheWatermarkAndUnreadCountFollows()
    {
        var read = (await app.SendAsync(bob, new MarkAsReadCommand(fromAlice[1].Id))).ShouldSucceed();

        read.LastReadSeq.Should().Be(4);
        (await app.SendAsync(bob, new ListMyChatsQuery())).ShouldSucceed().Single().UnreadCount.Should().Be(2);
    }

    [Fact]
    public async Task MarkAsRead_AnOlderMessage_NeverMovesTheWatermarkBackwards()
    {
        await app.SendAsync(bob, new MarkAsReadCommand(fromAlice[3].Id));

        var read = (await app.SendAsync(bob, new MarkAsReadCommand(fromAlice[0].Id))).ShouldSucceed();

        read.LastReadSeq.Should().Be(6);
        (await app.SendAsync(bob, new ListMyChatsQuery())).ShouldSucceed().Single().UnreadCount.Should().Be(0);
    }

    [Fact]
    public async Task ReadBy_ListsTheMembersWhoseWatermarkReachedTheMessage()
    {
        await app.SendAsync(bob, new MarkAsReadCommand(fromAlice[1].Id));

        var readBy = async (int i) => (await app.SendAsync(alice, new GetMessageQuery(fromAlice[i].Id))).ShouldSucceed().ReadBy;

        (await readBy(1)).Should().BeEquivalentTo([alice, bob]);
        (await readBy(2)).Should().BeEquivalentTo([alice]);
    }

    [Fact]
    public async Task Send_MarksTheChatReadForTheSender()
    {
        await app.SendTextAsync(bob, sortieId, "I read everything by answering");

        (await app.SendAsync(bob, new ListMyChatsQuery())).ShouldSucceed().Single().UnreadCount.Should().Be(0);
    }

    [Fact]
    public async Task MarkAsRead_WhenTheWatermarkMoves_IsBroadcastOnceCommitted()
    {
        await app.SendAsync(bob, new MarkAsReadCommand(fromAlice[2].Id));
        await app.SendAsync(bob, new MarkAsReadCommand(fromAlice[0].Id));

        app.Notifier.Of<Abstractions.MessageReadNotice>().Should().Equal(new Abstractions.MessageReadNotice(sortieId, fromAlice[2].Id, bob, 5));
    }
}
