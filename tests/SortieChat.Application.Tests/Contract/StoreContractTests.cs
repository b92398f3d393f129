using SortieChat.Api.Tests.Media;
using SortieChat.Application.Chats.GetChat;
using SortieChat.Application.Chats.ListMyChats;
using SortieChat.Application.Media.DiscardUnusedUploads;
using SortieChat.Application.Messages.DeleteMessage;
using SortieChat.Application.Messages.EditMessage;
using SortieChat.Application.Messages.PinMessage;
using SortieChat.Application.Messages.React;
using SortieChat.Application.Chats.ListPins;
using SortieChat.Application.Messages.GetMessage;
using SortieChat.Application.Messages.GetMessages;
using SortieChat.Application.Messages.MarkAsRead;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Participations.ListParticipations;
using SortieChat.Application.Sorties.GetSortie;
using SortieChat.Application.Sorties.ListMySorties;
using SortieChat.Application.Tests.Support;
using SortieChat.Application.Users.GetMe;
using SortieChat.Application.Users.Login;
using SortieChat.Application.Users.Register;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Tests.Contract;

/// <summary>
/// The one persistence contract every store passes, through the real use cases: CRUD of each aggregate, seqs
/// under 50 concurrent senders, idempotent send, every paging mode, watermarks, membership, soft delete, restart.
/// </summary>
public abstract partial class StoreContractTests
{
    /// <summary>A fresh, empty store of this kind (same name again: the same data, as after a restart).</summary>
    protected abstract Task<TestApp> StartAsync(string storeName, IReadOnlyDictionary<string, string?>? settings = null);

    [Fact]
    public async Task Aggregates_WrittenByUseCases_ReadBackWhole()
    {
        await using var app = await StartAsync(NewName());
        var email = $"alice.{Guid.NewGuid():N}@example.com";
        var alice = (await app.SendAsync(null, new RegisterCommand(email, "correct horse battery", "Alice"))).ShouldSucceed().UserId;
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice, maxParticipants: 4);
        var participation = await app.JoinAsync(alice, bob, sortie.Id);

        (await app.SendAsync(null, new LoginQuery(email.ToUpperInvariant(), "correct horse battery"))).ShouldSucceed().UserId.Should().Be(alice);
        (await app.SendAsync(alice, new GetMeQuery())).ShouldSucceed().DisplayName.Should().Be("Alice");
        (await app.SendAsync(bob, new GetSortieQuery(sortie.Id))).ShouldSucceed().Should().BeEquivalentTo(sortie with { AcceptedCount = 1 });
        (await app.SendAsync(bob, new ListMySortiesQuery())).ShouldSucceed().Select(s => s.Id).Should().Equal(sortie.Id);
        (await app.SendAsync(alice, new ListParticipationsQuery(sortie.Id))).ShouldSucceed().Should().ContainSingle()
            .Which.Should().Match<Participations.ParticipationDto>(p => p.Id == participation.Id && p.Status == "ACCEPTEE" && p.DisplayName == "Bob");
        var chat = (await app.SendAsync(bob, new GetChatBySortieQuery(sortie.Id))).ShouldSucceed();
        chat.Members.Should().Equal(alice, bob);
        chat.LastSeq.Should().Be(2);
        (await app.SendAsync(bob, new ListMyChatsQuery())).ShouldSucceed().Single().Id.Should().Be(chat.Id);
        (await app.SendAsync(null, new RegisterCommand(email, "correct horse battery", "Again"))).ShouldFailWith(ErrorCodes.EmailTaken);
    }

    [Fact]
    public async Task Send_FiftyConcurrentSenders_GetContiguousSeqsWithoutDuplicates()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var senders = new List<string> { alice };
        for (var i = 0; i < 4; i++)
        {
            var user = await app.RegisterAsync($"User{i}");
            await app.JoinAsync(alice, user, sortie.Id);
            senders.Add(user);
        }

        var sent = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => app.SendTextAsync(senders[i % senders.Count], sortie.Id, $"m{i}"), TestContext.Current.CancellationToken)));

        sent.Select(m => m.Seq).Should().BeEquivalentTo(Enumerable.Range(6, 50).Select(i => (long)i));
        var history = await app.PageAsync(alice, new GetMessagesQuery { SortieId = sortie.Id, Limit = 100 });
        history.Items.Select(m => m.Seq).Should().Equal(Enumerable.Range(1, 55).Select(i => (long)i));
    }

    [Fact]
    public async Task Send_Resent_ReturnsTheStoredMessageAndTakesNoSeq()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var command = new SendMessageCommand(sortie.Id, MessageDraft.Text("once"), ClientMessageId: "k");

        var first = (await app.SendAsync(alice, command)).ShouldSucceed();
        var again = (await app.SendAsync(alice, command)).ShouldSucceed();

        again.Should().Match<SendMessageResult>(r => !r.Created && r.Message.Id == first.Message.Id && r.Message.Seq == 2);
        (await app.SendAsync(alice, new GetChatQuery(sortie.ChatId))).ShouldSucceed().LastSeq.Should().Be(2);
    }

    [Fact]
    public async Task Send_ResentAfterOthersRead_ReturnsTheStoredMessageWithItsReaders()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);
        var command = new SendMessageCommand(sortie.Id, MessageDraft.Text("once"), ClientMessageId: "k");
        var first = (await app.SendAsync(alice, command)).ShouldSucceed();
        (await app.SendAsync(bob, new MarkAsReadCommand(first.Message.Id))).ShouldSucceed();

        var again = (await app.SendAsync(alice, command)).ShouldSucceed();

        first.Message.ReadBy.Should().Equal(alice);
        again.Message.ReadBy.Should().BeEquivalentTo([alice, bob]);
    }

    [Fact]
    public async Task History_EveryPagingMode_ReturnsItsWindow()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var ids = new Dictionary<long, string>();
        for (var i = 2; i <= 9; i++)
        {
            ids[i] = (await app.SendTextAsync(alice, sortie.Id, $"m{i}")).Id;
        }

        async Task<IEnumerable<long>> Seqs(GetMessagesQuery q) => (await app.PageAsync(alice, q)).Items.Select(m => m.Seq);

        (await Seqs(new GetMessagesQuery { SortieId = sortie.Id, Limit = 3 })).Should().Equal(7, 8, 9);
        (await Seqs(new GetMessagesQuery { ChatId = sortie.ChatId, Limit = 3, Before = ids[5] })).Should().Equal(2, 3, 4);
        (await Seqs(new GetMessagesQuery { ChatId = sortie.ChatId, Limit = 3, After = ids[5] })).Should().Equal(6, 7, 8);
        (await Seqs(new GetMessagesQuery { ChatId = sortie.ChatId, Limit = 3, AfterSeq = 7 })).Should().Equal(8, 9);
        (await Seqs(new GetMessagesQuery { ChatId = sortie.ChatId, Limit = 3, Page = 2 })).Should().Equal(4, 5, 6);
        var last = await app.PageAsync(alice, new GetMessagesQuery { ChatId = sortie.ChatId, Limit = 3, Page = 3 });
        last.Items.Select(m => m.Seq).Should().Equal(1, 2, 3);
        last.HasMore.Should().BeFalse();
    }

    [Fact]
    public async Task Watermark_NeverMovesBackwardsAndFollowsSends()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);
        var early = await app.SendTextAsync(alice, sortie.Id, "early");
        var late = await app.SendTextAsync(alice, sortie.Id, "late");

        (await app.SendAsync(bob, new MarkAsReadCommand(late.Id))).ShouldSucceed().LastReadSeq.Should().Be(4);
        (await app.SendAsync(bob, new MarkAsReadCommand(early.Id))).ShouldSucceed().LastReadSeq.Should().Be(4);
        (await app.SendAsync(alice, new GetMessageQuery(early.Id))).ShouldSucceed().ReadBy.Should().BeEquivalentTo([alice, bob]);
        (await app.SendAsync(bob, new ListMyChatsQuery())).ShouldSucceed().Single().UnreadCount.Should().Be(0);
    }

    [Fact]
    public async Task Membership_RemovedThenBack_LosesAccessThenStartsAtItsArrival()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        var participation = await app.JoinAsync(alice, bob, sortie.Id);

        await app.SetStatusAsync(bob, participation.Id, "ANNULEE");
        (await app.SendAsync(bob, new GetMessagesQuery { SortieId = sortie.Id })).ShouldFailWith(ErrorCodes.NotAMember);
        await app.RequestAsync(bob, sortie.Id);
        await app.SetStatusAsync(alice, participation.Id, "ACCEPTEE");

        var chat = (await app.SendAsync(bob, new GetChatQuery(sortie.ChatId))).ShouldSucceed();
        chat.Members.Should().BeEquivalentTo([alice, bob]);
        chat.UnreadCount.Should().Be(0);
        chat.LastSeq.Should().Be(4);
    }

    [Fact]
    public async Task SoftDelete_ErasesContentAndKeepsIdAndSeq()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var sent = (await app.SendAsync(alice, new SendMessageCommand(
            sortie.Id, new MessageDraft(MessageType.Location, "here", null, new Domain.Sorties.Location(1, 2, "a", "b"))))).ShouldSucceed().Message;

        (await app.SendAsync(alice, new DeleteMessageCommand(sent.Id))).IsSuccess.Should().BeTrue();

        var deleted = (await app.SendAsync(alice, new GetMessageQuery(sent.Id))).ShouldSucceed();
        deleted.Should().Match<Messages.MessageDto>(m => m.IsDeleted && m.Seq == sent.Seq && m.Content == null && m.Location == null);
    }

    [Fact]
    public async Task ChangeFeed_PostsAndDeletes_ComeOnceEachInChangeSeqOrder()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var first = await app.SendTextAsync(alice, sortie.Id, "first");
        var second = await app.SendTextAsync(alice, sortie.Id, "second");
        (await app.SendAsync(alice, new DeleteMessageCommand(first.Id))).IsSuccess.Should().BeTrue();

        var changes = await app.PageAsync(alice, new GetMessagesQuery { ChatId = sortie.ChatId, ChangedAfter = 1 });

        changes.Items.Select(m => (m.Id, m.ChangeSeq, m.IsDeleted)).Should().Equal((second.Id, 3L, false), (first.Id, 4L, true));
        changes.Items[1].DeletedBy.Should().Be(alice);
        (await app.SendAsync(alice, new GetChatQuery(sortie.ChatId))).ShouldSucceed().Should().Match<Chats.ChatDto>(c => c.ChangeSeq == 4 && c.LastSeq == 3);
    }

    [Fact]
    public async Task ChangeFeed_Paged_ResumesFromNextChangeSeq()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        for (var i = 0; i < 4; i++)
        {
            await app.SendTextAsync(alice, sortie.Id, $"m{i}");
        }

        var page = await app.PageAsync(alice, new GetMessagesQuery { ChatId = sortie.ChatId, ChangedAfter = 0, Limit = 3 });
        var rest = await app.PageAsync(alice, new GetMessagesQuery { ChatId = sortie.ChatId, ChangedAfter = page.NextChangeSeq, Limit = 3 });

        (page.Items.Select(m => m.ChangeSeq), page.HasMore, page.NextChangeSeq, page.NextCursor).Should().BeEquivalentTo((new[] { 1L, 2L, 3L }, true, 3L, (string?)null));
        (rest.Items.Select(m => m.ChangeSeq), rest.HasMore, rest.NextChangeSeq).Should().BeEquivalentTo((new[] { 4L, 5L }, false, (long?)null));
    }

    [Fact]
    public async Task Moderation_CreatorDeletesAMembersMessage_StoredWithDeletedByAndSystemInfoKept()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);
        var spam = await app.SendTextAsync(bob, sortie.Id, "spam");

        (await app.SendAsync(alice, new DeleteMessageCommand(spam.Id))).IsSuccess.Should().BeTrue();

        var history = await app.PageAsync(bob, new GetMessagesQuery { SortieId = sortie.Id });
        history.Items.Select(m => (m.System?.Kind, m.System?.UserId, m.System?.DisplayName, m.DeletedBy)).Should().Equal(
            ("welcome", alice, null, null), ("member_joined", bob, "Bob", null), (null, null, null, alice));
    }

    [Fact]
    public async Task Edit_Stored_KeepsTheSeqAndComesThroughTheChangeFeed()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var sent = await app.SendTextAsync(alice, sortie.Id, "at 8");
        await app.SendTextAsync(alice, sortie.Id, "later");

        var edited = (await app.SendAsync(alice, new EditMessageCommand(sent.Id, "at 9"))).ShouldSucceed();

        var stored = (await app.SendAsync(alice, new GetMessageQuery(sent.Id))).ShouldSucceed();
        (stored.Content, stored.Seq, stored.EditedAt, stored.ChangeSeq).Should().Be(("at 9", sent.Seq, edited.EditedAt, 4L));
        var changes = await app.PageAsync(alice, new GetMessagesQuery { ChatId = sortie.ChatId, ChangedAfter = 2 });
        changes.Items.Select(m => m.ChangeSeq).Should().Equal(3, 4);
        app.Notifier.Of<Support.RecordingNotifier.Updated>().Should().ContainSingle().Which.Message.Content.Should().Be("at 9");
    }

    [Fact]
    public async Task Reactions_Stored_KeepTheirOrderAndUsers()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);
        var sent = await app.SendTextAsync(alice, sortie.Id, "party");

        await app.SendAsync(bob, new ReactCommand(sent.Id, "🎉", true));
        await app.SendAsync(alice, new ReactCommand(sent.Id, "❤", true));
        await app.SendAsync(alice, new ReactCommand(sent.Id, "🎉", true));
        await app.SendAsync(bob, new ReactCommand(sent.Id, "🎉", false));

        var stored = (await app.SendAsync(alice, new GetMessageQuery(sent.Id))).ShouldSucceed();
        stored.Reactions.Select(r => (r.Emoji, r.Count, string.Join(",", r.UserIds))).Should().Equal(("🎉", 1, alice), ("❤️", 1, alice));
        stored.ChangeSeq.Should().Be(7, "four reactions after the post (change 3)");
    }

    [Fact]
    public async Task Pins_ListedNewestPinFirst_AndADeletedMessageLeavesTheList()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var first = await app.SendTextAsync(alice, sortie.Id, "first");
        var second = await app.SendTextAsync(alice, sortie.Id, "second");
        var third = await app.SendTextAsync(alice, sortie.Id, "third");
        foreach (var id in new[] { second.Id, first.Id, third.Id })
        {
            (await app.SendAsync(alice, new PinMessageCommand(id, true))).ShouldSucceed().PinnedBy.Should().Be(alice);
        }

        await app.SendAsync(alice, new DeleteMessageCommand(third.Id));
        await app.SendAsync(alice, new PinMessageCommand(second.Id, false));
        await app.SendAsync(alice, new PinMessageCommand(second.Id, true));

        var pins = (await app.SendAsync(alice, new ListPinsQuery(sortie.ChatId))).ShouldSucceed();
        pins.Select(m => m.Id).Should().Equal(second.Id, first.Id);
    }

    [Fact]
    public async Task Restart_OnTheSameStore_KeepsEverything()
    {
        var name = NewName();
        string alice, sortieId;
        await using (var first = await StartAsync(name))
        {
            alice = await first.RegisterAsync("Alice");
            sortieId = (await first.CreateSortieAsync(alice)).Id;
            await first.SendTextAsync(alice, sortieId, "kept", clientMessageId: "k");
            await first.StopAsync();
        }

        await using var second = await StartAsync(name);

        (await second.SendTextAsync(alice, sortieId, "kept", clientMessageId: "k")).Seq.Should().Be(2);
        (await second.SendTextAsync(alice, sortieId, "new")).Seq.Should().Be(3);
    }

    [Fact]
    public async Task Upload_SentByItsUploader_ShowsWhatTheServerMeasured()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var pdf = SampleFiles.Pdf();
        var upload = await app.UploadAsync(alice, sortie.Id, pdf, "report\u202Efdp.pdf");

        var sent = (await app.SendAsync(alice, Steps.MediaMessage(sortie.Id, upload, "the plan"))).ShouldSucceed().Message;

        var stored = (await app.SendAsync(alice, new GetMessageQuery(sent.Id))).ShouldSucceed();
        stored.Should().Match<Messages.MessageDto>(m => m.Type == "file" && m.MediaUrl == upload.Url && m.FileSize == pdf.Length
            && m.MimeType == "application/pdf" && m.FileName == "reportfdp.pdf" && m.Width == null && m.Content == "the plan");
    }

    [Fact]
    public async Task Upload_OfAnotherMember_IsRefusedOnMediaUrl()
    {
        await using var app = await StartAsync(NewName());
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);
        var upload = await app.UploadAsync(alice, sortie.Id, SampleFiles.Pdf());

        var result = await app.SendAsync(bob, Steps.MediaMessage(sortie.Id, upload));

        result.ShouldFailWith(ErrorCodes.ValidationFailed).Fields!.Keys.Should().Equal("mediaUrl");
    }

    [Fact]
    public async Task Upload_PastTheQuota_IsRefused_UntilTheSweepDeletesAnUnusedOne()
    {
        var pdf = SampleFiles.Pdf();
        // Room for two of these files, not three.
        var quota = (pdf.Length * 2.5 / 1_048_576).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var app = await StartAsync(NewName(), new Dictionary<string, string?> { ["Media:QuotaMiB"] = quota });
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var used = await app.UploadAsync(alice, sortie.Id, pdf);
        var unused = await app.UploadAsync(alice, sortie.Id, pdf);
        await app.SendAsync(alice, Steps.MediaMessage(sortie.Id, used));

        var overQuota = await app.UploadResultAsync(alice, sortie.Id, pdf);
        var swept = await app.RunAsync<UnusedUploadSweep, int>(sweep => sweep.SweepAsync(DateTimeOffset.UtcNow.AddHours(7), TestContext.Current.CancellationToken));
        var afterSweep = await app.UploadResultAsync(alice, sortie.Id, pdf);

        overQuota.ShouldFailWith("quota_exceeded");
        swept.Should().Be(1);
        (await app.Media.IsIssuedAsync(unused.Url, TestContext.Current.CancellationToken)).Should().BeFalse();
        (await app.Media.IsIssuedAsync(used.Url, TestContext.Current.CancellationToken)).Should().BeTrue();
        afterSweep.IsSuccess.Should().BeTrue("the deleted upload no longer counts");
        (await app.SendAsync(alice, Steps.MediaMessage(sortie.Id, unused))).ShouldFailWith(ErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Upload_OfADeletedMessage_StopsCountingAgainstTheQuota()
    {
        var pdf = SampleFiles.Pdf();
        var quota = (pdf.Length * 1.5 / 1_048_576).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var app = await StartAsync(NewName(), new Dictionary<string, string?> { ["Media:QuotaMiB"] = quota });
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var sent = (await app.SendAsync(alice, Steps.MediaMessage(sortie.Id, await app.UploadAsync(alice, sortie.Id, pdf)))).ShouldSucceed().Message;
        var whileShown = await app.UploadResultAsync(alice, sortie.Id, pdf);

        await app.SendAsync(alice, new DeleteMessageCommand(sent.Id));
        var afterDelete = await app.UploadResultAsync(alice, sortie.Id, pdf);

        whileShown.ShouldFailWith("quota_exceeded");
        afterDelete.IsSuccess.Should().BeTrue();
    }

    private static string NewName() => $"contract_{Guid.NewGuid():N}";
}

public sealed class SqliteStoreContractTests : StoreContractTests, IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sortiechat-contract", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    protected override Task<TestApp> StartAsync(string storeName, IReadOnlyDictionary<string, string?>? settings = null) =>
        TestApp.StartAsync(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:Sqlite:Path"] = Path.Combine(root, storeName + ".db"),
        });
}

public sealed class MongoStoreContractTests(MongoServer server) : StoreContractTests, IClassFixture<MongoServer>
{
    protected override Task<TestApp> StartAsync(string storeName, IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (server.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return TestApp.StartAsync(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:Provider"] = "Mongo",
            ["ConnectionStrings:Mongo"] = server.ConnectionString,
            ["Storage:Mongo:Database"] = storeName,
        });
    }
}
