using SortieChat.Api.Tests.Media;
using SortieChat.Application.Chats.GetChat;
using SortieChat.Application.Messages.GetMessages;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Tests.Support;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Tests;

public sealed class SendingTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async ValueTask InitializeAsync() => app = await TestApp.StartAsync();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Send_SameClientMessageIdTwice_ReturnsTheStoredMessageAndTakesNoSeq()
    {
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var command = new SendMessageCommand(sortie.Id, MessageDraft.Text("once"), ClientMessageId: "c-1");

        var first = (await app.SendAsync(alice, command)).ShouldSucceed();
        var second = (await app.SendAsync(alice, command with { Message = MessageDraft.Text("twice?") })).ShouldSucceed();

        first.Created.Should().BeTrue();
        second.Created.Should().BeFalse();
        second.Message.Should().BeEquivalentTo(first.Message);
        (await app.SendAsync(alice, new GetChatQuery(sortie.ChatId))).ShouldSucceed().LastSeq.Should().Be(2);
        app.Notifier.Of<Messages.MessageDto>().Count(m => m.ClientMessageId == "c-1").Should().Be(1, "a resend broadcasts nothing new");
    }

    [Fact]
    public async Task Send_ReplyToAnUnknownMessage_IsRefusedAsNamingNoMessage()
    {
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);

        var sent = await app.SendAsync(alice, new SendMessageCommand(sortie.Id, MessageDraft.Text("hi"), ReplyTo: Guid.CreateVersion7().ToString()));

        sent.ShouldFailWith(Domain.Common.ErrorCodes.ValidationFailed).Should().Be(MessageErrors.ReplyToUnknown);
    }

    [Fact]
    public async Task Send_ReplyToAMessageOfAnotherChat_IsRefusedAsAnotherChats()
    {
        var alice = await app.RegisterAsync("Alice");
        var here = await app.CreateSortieAsync(alice);
        var there = await app.CreateSortieAsync(alice, title: "Elsewhere");
        var elsewhere = await app.SendTextAsync(alice, there.Id, "over there");

        var sent = await app.SendAsync(alice, new SendMessageCommand(here.Id, MessageDraft.Text("hi"), ReplyTo: elsewhere.Id));

        sent.ShouldFailWith(Domain.Common.ErrorCodes.ValidationFailed).Should().Be(MessageErrors.ReplyToOtherChat);
    }

    [Fact]
    public async Task Send_SameClientMessageIdFromAnotherSender_IsAnotherMessage()
    {
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);

        var fromAlice = await app.SendTextAsync(alice, sortie.Id, "hi", clientMessageId: "same");
        var fromBob = await app.SendTextAsync(bob, sortie.Id, "hi", clientMessageId: "same");

        fromBob.Id.Should().NotBe(fromAlice.Id);
        fromBob.Seq.Should().Be(fromAlice.Seq + 1);
    }

    [Fact]
    public async Task Send_FiftyConcurrentSendsFromSeveralUsers_GetSeqsWithoutGapOrDuplicate()
    {
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var senders = new List<string> { alice };
        foreach (var name in new[] { "Bob", "Carol", "Dan", "Eve" })
        {
            var user = await app.RegisterAsync(name);
            await app.JoinAsync(alice, user, sortie.Id);
            senders.Add(user);
        }

        var before = (await app.SendAsync(alice, new GetChatQuery(sortie.ChatId))).ShouldSucceed().LastSeq;
        var sends = Enumerable.Range(0, 50).Select(i => Task.Run(
            () => app.SendTextAsync(senders[i % senders.Count], sortie.Id, $"concurrent {i}"), TestContext.Current.CancellationToken));
        var sent = await Task.WhenAll(sends);

        sent.Select(m => m.Seq).Should().BeEquivalentTo(Enumerable.Range((int)before + 1, 50).Select(i => (long)i));
        var history = await app.PageAsync(alice, new GetMessagesQuery { ChatId = sortie.ChatId, Limit = 100 });
        history.Items.Select(m => m.Seq).Should().Equal(Enumerable.Range(1, (int)before + 50).Select(i => (long)i));
    }

    [Fact]
    public async Task Delete_AMessageWhoseFileAnotherMessageShows_KeepsTheFileUntilTheLastOneGoes()
    {
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var upload = await app.UploadAsync(alice, sortie.Id, SampleFiles.Png());
        var url = upload.Url;
        var image = Steps.MediaMessage(sortie.Id, upload);
        var first = (await app.SendAsync(alice, image)).ShouldSucceed().Message;
        var second = (await app.SendAsync(alice, image)).ShouldSucceed().Message;

        await app.SendAsync(alice, new Messages.DeleteMessage.DeleteMessageCommand(first.Id));
        var afterFirst = await app.Media.IsIssuedAsync(url, TestContext.Current.CancellationToken);
        await app.SendAsync(alice, new Messages.DeleteMessage.DeleteMessageCommand(second.Id));

        afterFirst.Should().BeTrue();
        (await app.Media.IsIssuedAsync(url, TestContext.Current.CancellationToken)).Should().BeFalse();
    }

    [Fact]
    public async Task Send_WithoutClientMessageId_AlwaysCreatesAMessage()
    {
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);

        var first = await app.SendTextAsync(alice, sortie.Id, "same text");
        var second = await app.SendTextAsync(alice, sortie.Id, "same text");

        second.Seq.Should().Be(first.Seq + 1);
    }
}
