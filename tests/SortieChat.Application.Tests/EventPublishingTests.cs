using SortieChat.Api.Tests.Media;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Realtime;
using SortieChat.Application.Tests.Support;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Tests;

/// <summary>Events are published once the transaction is committed, and never for a command that failed.</summary>
public sealed class EventPublishingTests : IAsyncLifetime
{
    private TestApp app = null!;

    public async ValueTask InitializeAsync() => app = await TestApp.StartAsync();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Send_Committed_IsBroadcastWithItsSeqAndSender()
    {
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);

        var sent = await app.SendTextAsync(alice, sortie.Id, "hello");

        app.Notifier.Of<Messages.MessageDto>().Should().ContainSingle(m => m.Id == sent.Id)
            .Which.Should().Match<Messages.MessageDto>(m => m.Seq == 2 && m.SenderId == alice && m.ReadBy.SequenceEqual(new[] { alice }));
    }

    [Fact]
    public async Task Send_Refused_PublishesNothing()
    {
        var alice = await app.RegisterAsync("Alice");
        var stranger = await app.RegisterAsync("Stranger");
        var sortie = await app.CreateSortieAsync(alice);
        var before = app.Notifier.Pushed.Count;

        await app.SendAsync(stranger, new SendMessageCommand(sortie.Id, MessageDraft.Text("let me in")));

        app.Notifier.Pushed.Count.Should().Be(before);
    }

    [Fact]
    public async Task Request_Committed_NotifiesTheCreator()
    {
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);

        var participation = await app.RequestAsync(bob, sortie.Id);

        app.Notifier.Of<RecordingNotifier.ToUser>().Should().ContainSingle(n => n.UserId == alice)
            .Which.Notification.Should().Match<Abstractions.RealtimeNotification>(n =>
                n.Kind == NotificationKinds.ParticipationRequested && n.SortieId == sortie.Id && n.Data["participationId"] == participation.Id);
    }

    [Fact]
    public async Task Accept_Committed_TellsTheParticipantAndTheRoom()
    {
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);

        await app.JoinAsync(alice, bob, sortie.Id);

        app.Notifier.Of<RecordingNotifier.ToUser>().Should().Contain(n => n.UserId == bob && n.Notification.Kind == NotificationKinds.ParticipationAccepted);
        app.Notifier.Of<RecordingNotifier.ToRoom>().Should().Contain(n => n.Notification.Kind == NotificationKinds.MemberAdded && n.Notification.Data["userId"] == bob);
    }

    [Fact]
    public async Task Publish_AHandlerThrows_LaterEventsStillGoOut()
    {
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        app.Notifier.FailWhen = pushed => pushed is Messages.MessageDto { Content: "boom" };

        await app.SendTextAsync(alice, sortie.Id, "boom");
        var after = await app.SendTextAsync(alice, sortie.Id, "after");

        app.Notifier.Of<Messages.MessageDto>().Should().ContainSingle(m => m.Id == after.Id);
    }

    [Fact]
    public async Task Publish_AHandlerThrows_TheOtherHandlersOfTheEventStillRun()
    {
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var upload = await app.UploadAsync(alice, sortie.Id, SampleFiles.Png());
        var url = upload.Url;
        var image = (await app.SendAsync(alice, Steps.MediaMessage(sortie.Id, upload))).ShouldSucceed().Message;
        app.Notifier.FailWhen = pushed => pushed is RecordingNotifier.Deleted;

        await app.SendAsync(alice, new Messages.DeleteMessage.DeleteMessageCommand(image.Id));

        (await app.Media.IsIssuedAsync(url, TestContext.Current.CancellationToken)).Should().BeFalse();
    }
}
