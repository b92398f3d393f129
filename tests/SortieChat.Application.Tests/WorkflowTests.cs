using SortieChat.Application.Chats.GetChat;
using SortieChat.Application.Chats.ListChatMembers;
using SortieChat.Application.Chats.ListMyChats;
using SortieChat.Application.Common.Dtos;
using SortieChat.Application.Messages.DeleteMessage;
using SortieChat.Application.Messages.GetMessage;
using SortieChat.Application.Messages.GetMessages;
using SortieChat.Application.Messages.MarkAsRead;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Participations.ListParticipations;
using SortieChat.Application.Sorties.GetSortie;
using SortieChat.Application.Sorties.ListMySorties;
using SortieChat.Application.Tests.Support;
using SortieChat.Application.Users.GetMe;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Tests;

/// <summary>The whole life of a sortie's chat, through the mediator, on a real SQLite file.</summary>
public sealed class WorkflowTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async ValueTask InitializeAsync() => app = await TestApp.StartAsync();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Workflow_FromCreationToCancellation_EveryStepBehavesAsDesigned()
    {
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var carol = await app.RegisterAsync("Carol");

        // Creation: the chat comes with the sortie, the creator is its first member, the welcome message is seq 1.
        var sortie = await app.CreateSortieAsync(alice, maxParticipants: 2);
        var chat = (await app.SendAsync(alice, new GetChatBySortieQuery(sortie.Id))).ShouldSucceed();
        chat.Id.Should().Be(sortie.ChatId);
        chat.Members.Should().Equal(alice);
        chat.LastSeq.Should().Be(1);
        chat.LastMessage!.Type.Should().Be("system");
        chat.UnreadCount.Should().Be(0);

        // Requests and acceptance: members join with a system message and nothing unread.
        var bobsRequest = await app.RequestAsync(bob, sortie.Id);
        bobsRequest.Status.Should().Be("EN_ATTENTE");
        bobsRequest.DisplayName.Should().Be("Bob");
        (await app.SendAsync(bob, new ListParticipationsQuery(sortie.Id))).ShouldSucceed().Should().ContainSingle(p => p.UserId == bob);
        var accepted = await app.SetStatusAsync(alice, bobsRequest.Id, "ACCEPTEE");
        accepted.Status.Should().Be("ACCEPTEE");
        await app.JoinAsync(alice, carol, sortie.Id);
        (await app.SendAsync(alice, new ListParticipationsQuery(sortie.Id))).ShouldSucceed().Select(p => p.DisplayName)
            .Should().Equal("Bob", "Carol");
        (await app.SendAsync(bob, new GetSortieQuery(sortie.Id))).ShouldSucceed().AcceptedCount.Should().Be(2);
        (await app.SendAsync(bob, new ListMySortiesQuery())).ShouldSucceed().Should().ContainSingle(s => s.Id == sortie.Id);
        var bobsChat = (await app.SendAsync(bob, new GetChatQuery(sortie.ChatId))).ShouldSucceed();
        bobsChat.LastSeq.Should().Be(3);
        bobsChat.UnreadCount.Should().Be(1, "Carol's arrival came after Bob's");

        // Every type of message, and a reply.
        var text = await app.SendTextAsync(bob, sortie.Id, "Hello!");
        var imageUrl = await app.Media.SaveAsync(new MemoryStream([0x89, 0x50, 0x4E, 0x47]), "png", TestContext.Current.CancellationToken);
        var sent = new List<SendMessageCommand>
        {
            new(sortie.Id, new MessageDraft(MessageType.Image, "caption", new MediaAttachment(imageUrl, null, null, 4, null, "image/png", 10, 20), null)),
            new(sortie.Id, new MessageDraft(MessageType.Video, null, Steps.Media(await SaveAsync("mp4")) with { Duration = 3.5 }, null)),
            new(sortie.Id, new MessageDraft(MessageType.Audio, null, Steps.Media(await SaveAsync("wav")) with { Duration = 1 }, null)),
            new(sortie.Id, new MessageDraft(MessageType.File, null, Steps.Media(await SaveAsync("pdf")) with { FileName = "plan.pdf", FileSize = 4 }, null)),
            new(sortie.Id, new MessageDraft(MessageType.Location, null, null, new Location(48.86, 2.34, "Louvre", "Museum"))),
            new(sortie.Id, MessageDraft.Text("Replying"), ReplyTo: text.Id),
        };
        var messages = new List<Messages.MessageDto>();
        foreach (var command in sent)
        {
            messages.Add((await app.SendAsync(carol, command)).ShouldSucceed().Message);
        }

        messages.Select(m => m.Type).Should().Equal("image", "video", "audio", "file", "location", "text");
        messages.Select(m => m.Seq).Should().Equal(5, 6, 7, 8, 9, 10);
        messages[0].MediaUrl.Should().Be(imageUrl);
        messages[0].Width.Should().Be(10);
        messages[4].Location.Should().Be(new LocationDto(48.86, 2.34, "Louvre", "Museum"));
        messages[5].ReplyTo.Should().Be(text.Id);

        // History, read state and the chat list.
        var history = await app.PageAsync(alice, new GetMessagesQuery { SortieId = sortie.Id, Limit = 4 });
        history.Items.Select(m => m.Seq).Should().Equal(7, 8, 9, 10);
        history.HasMore.Should().BeTrue();
        (await app.SendAsync(alice, new ListMyChatsQuery())).ShouldSucceed().Single().UnreadCount.Should().Be(9);
        var read = (await app.SendAsync(alice, new MarkAsReadCommand(messages[5].Id))).ShouldSucceed();
        read.Should().Be(new ReadStateDto(sortie.ChatId, 10));
        (await app.SendAsync(alice, new GetMessageQuery(text.Id))).ShouldSucceed().ReadBy.Should().BeEquivalentTo([alice, bob, carol]);

        // Soft delete by the sender: the stored file goes too.
        (await app.SendAsync(bob, new DeleteMessageCommand(messages[0].Id))).ShouldFailWith(ErrorCodes.Forbidden);
        (await app.SendAsync(carol, new DeleteMessageCommand(messages[0].Id))).IsSuccess.Should().BeTrue();
        var deleted = (await app.SendAsync(alice, new GetMessageQuery(messages[0].Id))).ShouldSucceed();
        deleted.Should().Match<Messages.MessageDto>(m => m.IsDeleted && m.Seq == 5 && m.Content == null && m.MediaUrl == null && m.Width == null);
        (await app.Media.IsIssuedAsync(imageUrl, TestContext.Current.CancellationToken)).Should().BeFalse();

        // The creator refuses an accepted member; another member cancels: both leave the chat with a system message.
        var carolsParticipation = (await app.SendAsync(carol, new ListParticipationsQuery(sortie.Id))).ShouldSucceed().Single();
        (await app.SetStatusAsync(alice, carolsParticipation.Id, "REFUSEE")).Status.Should().Be("REFUSEE");
        (await app.SetStatusAsync(bob, bobsRequest.Id, "ANNULEE")).Status.Should().Be("ANNULEE");
        var final = (await app.SendAsync(alice, new GetChatQuery(sortie.ChatId))).ShouldSucceed();
        final.Members.Should().Equal(alice);
        final.LastSeq.Should().Be(12);
        (await app.SendAsync(alice, new GetSortieQuery(sortie.Id))).ShouldSucceed().AcceptedCount.Should().Be(0);
        var lastTwo = await app.PageAsync(alice, new GetMessagesQuery { ChatId = sortie.ChatId, Limit = 2 });
        lastTwo.Items.Should().OnlyContain(m => m.Type == "system" && m.SenderId == null);
        (await app.SendAsync(carol, new GetMeQuery())).ShouldSucceed().DisplayName.Should().Be("Carol");
    }

    [Fact]
    public async Task ChangeStatus_AcceptWhenFull_FailsWithSortieFull()
    {
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var carol = await app.RegisterAsync("Carol");
        var sortie = await app.CreateSortieAsync(alice, maxParticipants: 1);
        await app.JoinAsync(alice, bob, sortie.Id);
        var carolsRequest = await app.RequestAsync(carol, sortie.Id);

        var result = await app.SendAsync(alice, new Participations.ChangeParticipationStatus.ChangeParticipationStatusCommand(carolsRequest.Id, ParticipationStatus.Accepted));

        result.ShouldFailWith(ErrorCodes.SortieFull);
    }

    [Fact]
    public async Task RequestParticipation_AfterCancelling_ReopensTheSameParticipation()
    {
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        var first = await app.RequestAsync(bob, sortie.Id);
        await app.SetStatusAsync(bob, first.Id, "ANNULEE");

        var again = (await app.SendAsync(bob, new Participations.RequestParticipation.RequestParticipationCommand(sortie.Id))).ShouldSucceed();

        again.Should().Match<Participations.RequestParticipation.RequestParticipationResult>(
            r => !r.Created && r.Participation.Id == first.Id && r.Participation.Status == "EN_ATTENTE");
    }

    [Fact]
    public async Task ListChatMembers_AfterJoin_ShowsRolesNamesAndWatermarks()
    {
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);

        var members = (await app.SendAsync(bob, new ListChatMembersQuery(sortie.Id))).ShouldSucceed();

        members.Should().BeEquivalentTo(
            [
                new Chats.ChatMemberDto(alice, "Alice", null, "creator", 1, false),
                new Chats.ChatMemberDto(bob, "Bob", null, "member", 2, false),
            ],
            o => o.WithStrictOrdering());
    }

    private async Task<string> SaveAsync(string extension) =>
        await app.Media.SaveAsync(new MemoryStream([1, 2, 3, 4]), extension, TestContext.Current.CancellationToken);
}
