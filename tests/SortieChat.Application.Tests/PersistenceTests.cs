using SortieChat.Application.Chats.ListMyChats;
using SortieChat.Application.Messages.GetMessages;
using SortieChat.Application.Tests.Support;
using SortieChat.Application.Users.Login;

namespace SortieChat.Application.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Reopen_TheSameDatabaseFile_KeepsUsersSortiesMembersMessagesAndWatermarks()
    {
        await using var first = await TestApp.StartAsync();
        var email = $"alice.{Guid.NewGuid():N}@example.com";
        var alice = (await first.SendAsync(null, new Users.Register.RegisterCommand(email, "correct horse battery", "Alice"))).ShouldSucceed().UserId;
        var bob = await first.RegisterAsync("Bob");
        var sortie = await first.CreateSortieAsync(alice);
        await first.JoinAsync(alice, bob, sortie.Id);
        await first.SendTextAsync(bob, sortie.Id, "remember me", clientMessageId: "keep");
        await first.StopAsync();

        await using var second = await first.ReopenAsync();

        (await second.SendAsync(null, new LoginQuery(email, "correct horse battery"))).ShouldSucceed().UserId.Should().Be(alice);
        var history = await second.PageAsync(alice, new GetMessagesQuery { SortieId = sortie.Id });
        history.Items.Select(m => (m.Seq, m.Content)).Should().Equal((1, history.Items[0].Content), (2, history.Items[1].Content), (3, "remember me"));
        (await second.SendAsync(bob, new ListMyChatsQuery())).ShouldSucceed().Single().UnreadCount.Should().Be(0);
        var resent = await second.SendTextAsync(bob, sortie.Id, "remember me", clientMessageId: "keep");
        resent.Seq.Should().Be(3, "the idempotency key survived the restart");
        (await second.SendTextAsync(alice, sortie.Id, "after restart")).Seq.Should().Be(4);
    }
}
