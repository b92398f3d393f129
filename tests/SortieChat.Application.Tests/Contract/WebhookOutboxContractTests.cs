using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using MongoDB.Bson;
using MongoDB.Driver;
using SortieChat.Application.Abstractions.Webhooks;
using SortieChat.Application.Chats.GetChat;
using SortieChat.Application.Messages.DeleteMessage;
using SortieChat.Application.Messages.SendMessage;
using SortieChat.Application.Tests.Support;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Tests.Contract;

/// <summary>
/// The webhook outbox, on every store: each change writes its events in its own transaction, or nothing at all.
/// No worker runs here (the test app has no host), so the rows stay as the commits left them.
/// </summary>
public abstract class WebhookOutboxContractTests
{
    private const string AllEvents = "https://hooks.example.com/all";
    private const string MessagesOnly = "https://hooks.example.com/messages";

    protected static IReadOnlyDictionary<string, string?> Endpoints { get; } = new Dictionary<string, string?>
    {
        ["Webhooks:Endpoints:0:Url"] = AllEvents,
        ["Webhooks:Endpoints:0:Secret"] = "s0",
        ["Webhooks:Endpoints:1:Url"] = MessagesOnly,
        ["Webhooks:Endpoints:1:Secret"] = "s1",
        ["Webhooks:Endpoints:1:Events:0"] = "message.created",
    };

    protected abstract Task<TestApp> StartAsync(string storeName);

    /// <summary>From now on the store refuses outbox rows whose body contains <paramref name="text"/> (a trigger, a validator).</summary>
    protected abstract Task RefuseOutboxRowsContainingAsync(string storeName, string text);

    [Fact]
    public async Task Outbox_AfterEachChange_HoldsItsEventsInCommitOrderPerEndpoint()
    {
        var store = NewName();
        await using var app = await StartAsync(store);
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);
        var sent = await app.SendTextAsync(bob, sortie.Id, "hello");
        (await app.SendAsync(bob, new DeleteMessageCommand(sent.Id))).Error.Should().BeNull();

        var rows = await ListAsync(app);

        var all = rows.Where(r => r.Stream == new WebhookStream(AllEvents, sortie.Id)).ToList();
        all.Select(r => r.Type).Should().Equal(
            "message.created", "member.added", "participation.changed", "participation.changed", "message.created", "member.added",
            "message.created", "message.deleted");
        all.Select(r => r.Position).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        all.Should().OnlyContain(r => !r.Parked && r.Attempts == 0);
        var created = JsonNode.Parse(all[6].Body)!;
        created["id"]!.GetValue<string>().Should().Be(all[6].EventId);
        created["data"]!["content"]!.GetValue<string>().Should().Be("hello");
        JsonNode.Parse(all[7].Body)!["data"]!["isDeleted"]!.GetValue<bool>().Should().BeTrue();
        rows.Where(r => r.Stream.Endpoint == MessagesOnly).Select(r => r.EventId)
            .Should().Equal(all.Where(r => r.Type == "message.created").Select(r => r.EventId), "an endpoint gets the events it lists, with the same ids");
    }

    [Fact]
    public async Task Outbox_WhenItsWriteFails_TheChangeIsNotStoredEither()
    {
        var store = NewName();
        await using var app = await StartAsync(store);
        var alice = await app.RegisterAsync("Alice");
        var sortie = await app.CreateSortieAsync(alice);
        var before = await ListAsync(app);

        await RefuseOutboxRowsContainingAsync(store, "refused text");
        var refused = async () => await app.SendAsync(alice, new SendMessageCommand(sortie.Id, MessageDraft.Text("refused text")));
        await refused.Should().ThrowAsync<Exception>();

        (await app.SendAsync(alice, new GetChatQuery(sortie.ChatId))).ShouldSucceed().LastSeq.Should().Be(1, "the message went with its outbox row");
        (await ListAsync(app)).Should().BeEquivalentTo(before);
        (await app.SendTextAsync(alice, sortie.Id, "kept")).Seq.Should().Be(2);
    }

    [Fact]
    public async Task Outbox_AfterARestart_StillHoldsWhatWasCommitted()
    {
        var store = NewName();
        var app = await StartAsync(store);
        var alice = await app.RegisterAsync("Alice");
        await app.CreateSortieAsync(alice);
        var before = await ListAsync(app);
        await app.StopAsync();

        await using var again = await StartAsync(store);

        before.Should().HaveCount(3, "the welcome message to both endpoints, the creator to one");
        (await ListAsync(again)).Should().BeEquivalentTo(before);
        await app.DisposeAsync();
    }

    [Fact]
    public async Task Lease_HeldByOneOwner_IsRefusedToAnotherUntilItRunsOut()
    {
        await using var app = await StartAsync(NewName());
        var stream = new WebhookStream(AllEvents, Guid.CreateVersion7().ToString());
        var now = DateTimeOffset.UtcNow;

        var first = await LeaseAsync(app, stream, "a", now, now.AddSeconds(15));
        var other = await LeaseAsync(app, stream, "b", now.AddSeconds(1), now.AddSeconds(16));
        var renewed = await LeaseAsync(app, stream, "a", now.AddSeconds(2), now.AddSeconds(17));
        var afterExpiry = await LeaseAsync(app, stream, "b", now.AddSeconds(18), now.AddSeconds(33));

        (first, other, renewed, afterExpiry).Should().Be((true, false, true, true));
    }

    protected static string NewName() => "w" + Guid.NewGuid().ToString("N")[..12];

    private static Task<IReadOnlyList<WebhookOutboxEntry>> ListAsync(TestApp app) =>
        app.RunAsync<IWebhookOutbox, IReadOnlyList<WebhookOutboxEntry>>(o => o.ListAsync(TestContext.Current.CancellationToken));

    private static Task<bool> LeaseAsync(TestApp app, WebhookStream stream, string owner, DateTimeOffset now, DateTimeOffset until) =>
        app.RunAsync<IWebhookOutbox, bool>(o => o.TryLeaseAsync(stream, owner, now, until, TestContext.Current.CancellationToken));
}

public sealed class SqliteWebhookOutboxContractTests : WebhookOutboxContractTests, IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sortiechat-outbox-contract", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    protected override Task<TestApp> StartAsync(string storeName) =>
        TestApp.StartAsync(new Dictionary<string, string?>(Endpoints) { ["Storage:Sqlite:Path"] = PathOf(storeName) });

    protected override async Task RefuseOutboxRowsContainingAsync(string storeName, string text)
    {
        await using var connection = new SqliteConnection($"Data Source={PathOf(storeName)}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TRIGGER refuse_outbox BEFORE INSERT ON webhook_outbox WHEN instr(NEW.body, $text) > 0 BEGIN SELECT RAISE(ABORT, 'outbox refused'); END;";
        command.CommandText = command.CommandText.Replace("$text", $"'{text}'", StringComparison.Ordinal);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private string PathOf(string storeName) => Path.Combine(root, storeName + ".db");
}

public sealed class MongoWebhookOutboxContractTests(MongoServer server) : WebhookOutboxContractTests, IClassFixture<MongoServer>
{
    protected override Task<TestApp> StartAsync(string storeName)
    {
        if (server.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return TestApp.StartAsync(new Dictionary<string, string?>(Endpoints)
        {
            ["Storage:Provider"] = "Mongo",
            ["ConnectionStrings:Mongo"] = server.ConnectionString,
            ["Storage:Mongo:Database"] = storeName,
        });
    }

    protected override Task RefuseOutboxRowsContainingAsync(string storeName, string text)
    {
        var validator = new BsonDocument("body", new BsonDocument("$not", new BsonRegularExpression(System.Text.RegularExpressions.Regex.Escape(text))));
        var database = new MongoClient(server.ConnectionString).GetDatabase(storeName);
        return database.RunCommandAsync<BsonDocument>(
            new BsonDocument { { "collMod", "webhookOutbox" }, { "validator", validator }, { "validationAction", "error" } },
            cancellationToken: TestContext.Current.CancellationToken);
    }
}
