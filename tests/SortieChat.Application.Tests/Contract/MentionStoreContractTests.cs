using SortieChat.Application.Chats.GetChat;
using SortieChat.Application.Chats.ListMyChats;
using SortieChat.Application.Chats.MuteChat;
using SortieChat.Application.Messages.DeleteMessage;
using SortieChat.Application.Messages.GetMessage;
using SortieChat.Application.Messages.MarkAsRead;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Messages;
using SortieChat.Application.Rooms.GetChatUpdates;
using SortieChat.Application.Tests.Support;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Tests.Contract;

/// <summary>
/// Mentions and mutes on every store, through the real use cases: stored on the message, counted above the reader's
/// watermark for the chat list, the chat and chatUpdated, forgotten with a deleted message.
/// </summary>
public abstract class MentionStoreContractTests
{
    protected abstract Task<TestApp> StartAsync(string storeName);

    [Fact]
    public async Task Mentions_Stored_AreCountedAboveEachReadersWatermark_AndADeletedMessageCountsNoMore()
    {
        var name = $"mentions_{Guid.NewGuid():N}";
        await using var app = await StartAsync(name);
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var carol = await app.RegisterAsync("Carol");
        var sortie = await app.CreateSortieAsync(alice);
        var other = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);
        await app.JoinAsync(alice, carol, sortie.Id);
        await app.JoinAsync(alice, bob, other.Id);

        var both = await SendAsync(app, alice, sortie.Id, "@Bob @Carol", bob, carol);
        var bobOnly = await SendAsync(app, alice, sortie.Id, "@Bob", bob);
        await SendAsync(app, alice, other.Id, "@Bob elsewhere", bob);
        await app.SendTextAsync(alice, sortie.Id, "no one");

        (await app.SendAsync(bob, new GetMessageQuery(both.Id))).ShouldSucceed().Mentions.Should().Equal(bob, carol);
        (await UnreadMentionsAsync(app, bob)).Should().BeEquivalentTo(new Dictionary<string, long> { [sortie.ChatId] = 2, [other.ChatId] = 1 });
        (await app.SendAsync(carol, new GetChatQuery(sortie.ChatId))).ShouldSucceed().UnreadMentions.Should().Be(1);
        (await ChatUpdatesAsync(app, sortie.Id)).Should().BeEquivalentTo(new Dictionary<string, long> { [alice] = 0, [bob] = 2, [carol] = 1 });

        await app.SendAsync(alice, new DeleteMessageCommand(bobOnly.Id));
        await app.SendAsync(carol, new MarkAsReadCommand(both.Id));

        (await app.SendAsync(bob, new GetMessageQuery(bobOnly.Id))).ShouldSucceed().Mentions.Should().BeEmpty();
        (await ChatUpdatesAsync(app, sortie.Id)).Should().BeEquivalentTo(new Dictionary<string, long> { [alice] = 0, [bob] = 1, [carol] = 0 });
        (await UnreadMentionsAsync(app, bob))[sortie.ChatId].Should().Be(1);
        await app.StopAsync();

        await using var again = await StartAsync(name);
        (await again.SendAsync(bob, new GetMessageQuery(both.Id))).ShouldSucceed().Mentions.Should().Equal(bob, carol);
    }

    [Fact]
    public async Task Mute_IsShownToTheMemberWhoSetItOnly()
    {
        await using var app = await StartAsync($"mutes_{Guid.NewGuid():N}");
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);

        (await app.SendAsync(bob, new MuteChatRequest(sortie.ChatId, true))).ShouldSucceed();

        (await app.SendAsync(bob, new ListMyChatsQuery())).ShouldSucceed().Single().Muted.Should().BeTrue();
        (await app.SendAsync(alice, new GetChatQuery(sortie.ChatId))).ShouldSucceed().Muted.Should().BeFalse();
    }

    private static async Task<MessageDto> SendAsync(TestApp app, string userId, string sortieId, string text, params string[] mentions) =>
        (await app.SendAsync(userId, new SendMessageCommand(sortieId, MessageDraft.Text(text) with { Mentions = mentions }))).ShouldSucceed().Message;

    private static async Task<Dictionary<string, long>> UnreadMentionsAsync(TestApp app, string userId) =>
        (await app.SendAsync(userId, new ListMyChatsQuery())).ShouldSucceed().ToDictionary(c => c.Id, c => c.UnreadMentions);

    private static async Task<Dictionary<string, long>> ChatUpdatesAsync(TestApp app, string sortieId) =>
        (await app.SendAsync(null, new GetChatUpdatesQuery(sortieId))).ShouldSucceed().ToDictionary(u => u.UserId, u => u.Update.UnreadMentions);
}

public sealed class SqliteMentionStoreContractTests : MentionStoreContractTests, IDisposable
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

    protected override Task<TestApp> StartAsync(string storeName) =>
        TestApp.StartAsync(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = Path.Combine(root, storeName + ".db") });
}

public sealed class MongoMentionStoreContractTests(MongoServer server) : MentionStoreContractTests, IClassFixture<MongoServer>
{
    protected override Task<TestApp> StartAsync(string storeName)
    {
        if (server.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Mongo",
            ["ConnectionStrings:Mongo"] = server.ConnectionString,
            ["Storage:Mongo:Database"] = storeName,
        });
    }
}
