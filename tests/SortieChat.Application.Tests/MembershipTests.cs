using SortieChat.Application.Chats.GetChat;
using SortieChat.Application.Chats.ListMyChats;
using SortieChat.Application.Messages.GetMessage;
using SortieChat.Application.Messages.GetMessages;
using SortieChat.Application.Messages.MarkAsRead;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Realtime;
using SortieChat.Application.Tests.Support;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Tests;

/// <summary>Only members read and write; a removed member loses access at once.</summary>
public sealed class MembershipTests : IAsyncLifetime
{
    private TestApp app = null!;
    private string alice = null!;
    private string bob = null!;
    private Sorties.SortieDto sortie = null!;
    private Messages.MessageDto earlier = null!;

    public async ValueTask InitializeAsync()
    {
        app = await TestApp.StartAsync();
        alice = await app.RegisterAsync("Alice");
        bob = await app.RegisterAsync("Bob");
        sortie = await app.CreateSortieAsync(alice);
        var participation = await app.JoinAsync(alice, bob, sortie.Id);
        earlier = await app.SendTextAsync(bob, sortie.Id, "before my removal");
        await app.SetStatusAsync(alice, participation.Id, "REFUSEE");
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task RemovedMember_CannotPost()
    {
        var result = await app.SendAsync(bob, new SendMessageCommand(sortie.Id, MessageDraft.Text("still here?")));

        result.ShouldFailWith(ErrorCodes.NotAMember);
    }

    [Fact]
    public async Task RemovedMember_CannotReadTheHistoryTheChatOrAMessage()
    {
        (await app.SendAsync(bob, new GetMessagesQuery { SortieId = sortie.Id })).ShouldFailWith(ErrorCodes.NotAMember);
        (await app.SendAsync(bob, new GetChatQuery(sortie.ChatId))).ShouldFailWith(ErrorCodes.NotAMember);
        (await app.SendAsync(bob, new GetMessageQuery(earlier.Id))).ShouldFailWith(ErrorCodes.NotAMember);
        (await app.SendAsync(bob, new MarkAsReadCommand(earlier.Id))).ShouldFailWith(ErrorCodes.NotAMember);
    }

    [Fact]
    public async Task RemovedMember_NoLongerListsTheChat()
    {
        (await app.SendAsync(bob, new ListMyChatsQuery())).ShouldSucceed().Should().BeEmpty();
    }

    [Fact]
    public void Removal_OnceCommitted_EvictsTheMemberAndTellsThemAndTheRoom()
    {
        var pushed = app.Notifier.Pushed.ToList();

        pushed.Should().ContainEquivalentOf(new RecordingNotifier.Evicted(sortie.Id, bob));
        pushed.OfType<RecordingNotifier.ToUser>().Should().Contain(n => n.UserId == bob && n.Notification.Kind == NotificationKinds.Removed);
        pushed.OfType<RecordingNotifier.ToRoom>().Should().Contain(n => n.Notification.Kind == NotificationKinds.MemberRemoved);
        pushed.OfType<RecordingNotifier.ToUser>().Should().Contain(n => n.UserId == bob && n.Notification.Kind == NotificationKinds.ParticipationRefused);
    }

    [Fact]
    public async Task NonMember_CannotPostOrRead()
    {
        var carol = await app.RegisterAsync("Carol");

        (await app.SendAsync(carol, new SendMessageCommand(sortie.Id, MessageDraft.Text("hi")))).ShouldFailWith(ErrorCodes.NotAMember);
        (await app.SendAsync(carol, new GetMessagesQuery { ChatId = sortie.ChatId })).ShouldFailWith(ErrorCodes.NotAMember);
    }

    [Fact]
    public async Task Send_ToAnUnknownSortie_IsNotFound()
    {
        var result = await app.SendAsync(alice, new SendMessageCommand(Guid.CreateVersion7().ToString(), MessageDraft.Text("hi")));

        result.ShouldFailWith(ErrorCodes.NotFound);
    }
}
