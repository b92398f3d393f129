using SortieChat.Api.Tests.Media;
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
    private readonly List<Messages.MessageDto> messages = [];
    private TestApp app = null!;

    // What the workflow's steps hand on to the next ones.
    private string alice = null!;
    private string bob = null!;
    private string carol = null!;
    private Sorties.SortieDto sortie = null!;
    private Participations.ParticipationDto bobsRequest = null!;
    private Messages.MessageDto text = null!;
    private string imageUrl = null!;

    public async ValueTask InitializeAsync() => app = await TestApp.StartAsync();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Workflow_FromCreationToCancellation_EveryStepBehavesAsDesigned()
    {
        await RegisterAliceBobAndCarol();
        await CreatingASortie_OpensItsChatWithTheCreatorAndTheWelcomeMessage();
        await AcceptedMembers_JoinWithASystemMessageAndNothingUnread();
        await Members_PostEveryTypeOfMessageAndAReply();
        await History_PagesAndTheReaderMarksAsRead();
        await TheSender_SoftDeletesAMessageAndItsFile();
        await RefusedAndCancelledMembers_LeaveTheChatWithASystemMessage();
    }

    private async Task RegisterAliceBobAndCarol()
    {
        alice = await app.RegisterAsync("Alice");
        bob = await app.RegisterAsync("Bob");
        carol = await app.RegisterAsync("Carol");
    }

    private async Task CreatingASortie_OpensItsChatWithTheCreatorAndTheWelcomeMessage()
    {
        sortie = await app.CreateSortieAsync(alice, maxParticipants: 2);
        var chat = (await app.SendAsync(alice, new GetChatBySortieQuery(sortie.Id))).ShouldSucceed();
        chat.Id.Should().Be(sortie.ChatId);
        chat.Members.Should().Equal(alice);
        chat.LastSeq.Should().Be(1);
        chat.LastMessage!.Type.Should().Be("system");
        chat.UnreadCount.Should().Be(0);
    }

    private async Task AcceptedMembers_JoinWithASystemMessageAndNothingUnread()
    {
        bobsRequest = await app.RequestAsync(bob, sortie.Id);
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
    }

    private async Task Members_PostEveryTypeOfMessageAndAReply()
    {
        text = await app.SendTextAsync(bob, sortie.Id, "Hello!");
        var image = await app.UploadAsync(carol, sortie.Id, SampleFiles.Png(10, 20), "photo.png");
        imageUrl = image.Url;
        var sent = new List<SendMessageCommand>
        {
            Steps.MediaMessage(sortie.Id, image, "caption"),
            Steps.MediaMessage(sortie.Id, await app.UploadAsync(carol, sortie.Id, SampleFiles.Mp4(1000, 3500))),
            Steps.MediaMessage(sortie.Id, await app.UploadAsync(carol, sortie.Id, SampleFiles.Wav(1))),
            Steps.MediaMessage(sortie.Id, await app.UploadAsync(carol, sortie.Id, SampleFiles.Pdf(), "plan.pdf")),
            new(sortie.Id, new MessageDraft(MessageType.Location, null, null, new Location(48.86, 2.34, "Louvre", "Museum"))),
            new(sortie.Id, MessageDraft.Text("Replying"), ReplyTo: text.Id),
        };
        foreach (var command in sent)
        {
            messages.Add((await app.SendAsync(carol, command)).ShouldSucceed().Message);
        }

        messages.Select(m => m.Type).Should().Equal("image", "video", "audio", "file", "location", "text");
        messages.Select(m => m.Seq).Should().Equal(5, 6, 7, 8, 9, 10);
        messages[0].MediaUrl.Should().Be(imageUrl);
        messages[0].Width.Should().Be(10);
        messages[1].MediaDuration.Should().Be(3.5);
        messages[3].FileName.Should().Be("plan.pdf");
        messages[4].Location.Should().Be(new LocationDto(48.86, 2.34, "Louvre", "Museum"));
        messages[5].ReplyTo.Should().Be(text.Id);
    }

    private async Task History_PagesAndTheReaderMarksAsRead()
    {
        var history = await app.PageAsync(alice, new GetMessagesQuery { SortieId = sortie.Id, Limit = 4 });
        history.Items.Select(m => m.Seq).Should().Equal(7, 8, 9, 10);
        history.HasMore.Should().BeTrue();
        (await app.SendAsync(alice, new ListMyChatsQuery())).ShouldSucceed().Single().UnreadCount.Should().Be(9);
        var read = (await app.SendAsync(alice, new MarkAsReadCommand(messages[5].Id))).ShouldSucceed();
        read.Should().Be(new ReadStateDto(sortie.ChatId, 10));
        (await app.SendAsync(alice, new GetMessageQuery(text.Id))).ShouldSucceed().ReadBy.Should().BeEquivalentTo([alice, bob, carol]);
    }

    private async Task TheSender_SoftDeletesAMessageAndItsFile()
    {
        (await app.SendAsync(bob, new DeleteMessageCommand(messages[0].Id))).ShouldFailWith(ErrorCodes.Forbidden);
        (await app.SendAsync(carol, new DeleteMessageCommand(messages[0].Id))).IsSuccess.Should().BeTrue();
        var deleted = (await app.SendAsync(alice, new GetMessageQuery(messages[0].Id))).ShouldSucceed();
        deleted.Should().Match<Messages.MessageDto>(m => m.IsDeleted && m.Seq == 5 && m.Content == null && m.MediaUrl == null && m.Width == null);
        (await app.Media.IsIssuedAsync(imageUrl, TestContext.Current.CancellationToken)).Should().BeFalse();
    }

    private async Task RefusedAndCancelledMembers_LeaveTheChatWithASystemMessage()
    {
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

}
