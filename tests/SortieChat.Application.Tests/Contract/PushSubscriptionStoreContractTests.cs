using SortieChat.Application.Abstractions.Push;
using SortieChat.Application.Tests.Support;

namespace SortieChat.Application.Tests.Contract;

/// <summary>Push subscriptions and chat mutes on every store: one subscription per endpoint, keys replaced, the oldest beyond the limit dropped.</summary>
public abstract class PushSubscriptionStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    protected abstract Task<TestApp> StartAsync();

    [Fact]
    public async Task Save_SameEndpointAgain_ReplacesTheKeysAndKeepsItsDate()
    {
        await using var app = await StartAsync();

        var created = await SaveAsync(app, new("alice", "https://push.example.com/1", "k1", "a1", T0));
        var again = await SaveAsync(app, new("alice", "https://push.example.com/1", "k2", "a2", T0.AddMinutes(1)));

        (created, again).Should().Be((true, false));
        (await ListAsync(app, "alice")).Should().Equal(new PushSubscriptionRecord("alice", "https://push.example.com/1", "k2", "a2", T0));
    }

    [Fact]
    public async Task Save_AnotherUsersEndpoint_MovesItToTheNewUser()
    {
        await using var app = await StartAsync();
        await SaveAsync(app, new("alice", "https://push.example.com/shared", "k1", "a1", T0));

        var created = await SaveAsync(app, new("bob", "https://push.example.com/shared", "k2", "a2", T0.AddMinutes(1)));

        created.Should().BeTrue();
        (await ListAsync(app, "alice")).Should().BeEmpty();
        (await ListAsync(app, "bob")).Should().ContainSingle().Which.CreatedAt.Should().Be(T0.AddMinutes(1));
    }

    [Fact]
    public async Task Save_BeyondTheLimit_DropsTheOldest()
    {
        await using var app = await StartAsync();
        for (var i = 0; i < 4; i++)
        {
            await SaveAsync(app, new("alice", $"https://push.example.com/{i}", "k", "a", T0.AddMinutes(i)), max: 3);
        }

        (await ListAsync(app, "alice")).Select(s => s.Endpoint).Should().Equal("https://push.example.com/1", "https://push.example.com/2", "https://push.example.com/3");
    }

    [Fact]
    public async Task Delete_ByUserOrByEndpoint_RemovesOnlyThatSubscription()
    {
        await using var app = await StartAsync();
        await SaveAsync(app, new("alice", "https://push.example.com/a", "k", "a", T0));
        await SaveAsync(app, new("alice", "https://push.example.com/b", "k", "a", T0));
        await SaveAsync(app, new("bob", "https://push.example.com/c", "k", "a", T0));

        await app.RunAsync<IPushSubscriptionStore, bool>(async s =>
        {
            await s.DeleteAsync("bob", "https://push.example.com/a", TestContext.Current.CancellationToken);
            await s.DeleteAsync("alice", "https://push.example.com/b", TestContext.Current.CancellationToken);
            await s.DeleteEndpointAsync("https://push.example.com/c", TestContext.Current.CancellationToken);
            return true;
        });

        (await ListAsync(app, "alice")).Select(s => s.Endpoint).Should().Equal("https://push.example.com/a");
        (await ListAsync(app, "bob")).Should().BeEmpty();
    }

    [Fact]
    public async Task Mute_SetTwiceThenUnset_ListsTheMemberOnceThenNot()
    {
        await using var app = await StartAsync();
        var chat = Guid.CreateVersion7().ToString();

        var muted = await app.RunAsync<IChatMuteStore, IReadOnlySet<string>>(async s =>
        {
            await s.SetAsync(chat, "alice", true, TestContext.Current.CancellationToken);
            await s.SetAsync(chat, "alice", true, TestContext.Current.CancellationToken);
            await s.SetAsync(chat, "bob", true, TestContext.Current.CancellationToken);
            return await s.MutedUsersAsync(chat, TestContext.Current.CancellationToken);
        });
        var afterUnmute = await app.RunAsync<IChatMuteStore, IReadOnlySet<string>>(async s =>
        {
            await s.SetAsync(chat, "bob", false, TestContext.Current.CancellationToken);
            return await s.MutedUsersAsync(chat, TestContext.Current.CancellationToken);
        });

        muted.Should().BeEquivalentTo(["alice", "bob"]);
        afterUnmute.Should().BeEquivalentTo(["alice"]);
    }

    private static Task<bool> SaveAsync(TestApp app, PushSubscriptionRecord record, int max = 10) =>
        app.RunAsync<IPushSubscriptionStore, bool>(s => s.SaveAsync(record, max, TestContext.Current.CancellationToken));

    [Fact]
    public async Task SubscribedMembers_AreTheChatsMembersWithADevice_AndAnyTurnsTrueWithTheFirstSave()
    {
        await using var app = await StartAsync();
        var alice = await app.RegisterAsync("Alice");
        var bob = await app.RegisterAsync("Bob");
        var carol = await app.RegisterAsync("Carol");
        var sortie = await app.CreateSortieAsync(alice);
        await app.JoinAsync(alice, bob, sortie.Id);

        var before = await SubscribedMembersAsync(app, sortie.ChatId);
        var anyBefore = await app.RunAsync<IPushSubscriptionStore, bool>(s => s.AnyAsync(TestContext.Current.CancellationToken));
        await SaveAsync(app, new(bob, "https://push.example.com/bob-phone", "k1", "a1", T0));
        await SaveAsync(app, new(bob, "https://push.example.com/bob-laptop", "k2", "a2", T0));
        await SaveAsync(app, new(carol, "https://push.example.com/carol", "k3", "a3", T0));

        (before.Count, anyBefore).Should().Be((0, false));
        (await app.RunAsync<IPushSubscriptionStore, bool>(s => s.AnyAsync(TestContext.Current.CancellationToken))).Should().BeTrue();
        (await SubscribedMembersAsync(app, sortie.ChatId)).Should().BeEquivalentTo([bob]);
    }

    private static Task<IReadOnlySet<string>> SubscribedMembersAsync(TestApp app, string chatId) =>
        app.RunAsync<IPushSubscriptionStore, IReadOnlySet<string>>(s => s.SubscribedMembersAsync(chatId, TestContext.Current.CancellationToken));

    private static Task<IReadOnlyList<PushSubscriptionRecord>> ListAsync(TestApp app, string userId) =>
        app.RunAsync<IPushSubscriptionStore, IReadOnlyList<PushSubscriptionRecord>>(s => s.ListAsync(userId, TestContext.Current.CancellationToken));
}

public sealed class SqlitePushSubscriptionStoreContractTests : PushSubscriptionStoreContractTests
{
    protected override Task<TestApp> StartAsync() => TestApp.StartAsync();
}

public sealed class MongoPushSubscriptionStoreContractTests(MongoServer server) : PushSubscriptionStoreContractTests, IClassFixture<MongoServer>
{
    protected override Task<TestApp> StartAsync()
    {
        if (server.SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }

        return TestApp.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Mongo",
            ["ConnectionStrings:Mongo"] = server.ConnectionString,
            ["Storage:Mongo:Database"] = "p" + Guid.NewGuid().ToString("N")[..12],
        });
    }
}
