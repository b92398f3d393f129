using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SortieChat.Infrastructure.Realtime.Redis;
using SortieChat.Tests.Shared;
using StackExchange.Redis;

namespace SortieChat.Infrastructure.Tests.Realtime;

/// <summary>Presence in a real redis-server, seen by two trackers on two connections as two instances would.</summary>
public sealed class RedisPresenceTrackerTests : IAsyncLifetime
{
    private readonly string prefix = $"test-{Guid.NewGuid():N}";
    private readonly List<IConnectionMultiplexer> connections = [];
    private RedisServer? redis;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => redis = await RedisServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }

    [Fact]
    public async Task Join_OnTwoInstances_OnlineListsTheUnionAndOnlyTheUsersLastLeaveIsADeparture()
    {
        var a = Tracker();
        var b = Tracker();

        (await a.JoinAsync("s", "alice", "a1")).Should().BeTrue();
        (await b.JoinAsync("s", "bob", "b1")).Should().BeTrue();
        (await b.JoinAsync("s", "alice", "b2")).Should().BeFalse("alice is already online through the other instance");
        (await a.GetOnlineUsersAsync("s", Cancellation)).Should().BeEquivalentTo(["alice", "bob"]);
        (await a.LeaveAsync("s", "alice", "a1")).Should().BeFalse("her connection on the other instance is still in the room");
        (await b.LeaveAsync("s", "alice", "b2")).Should().BeTrue();
        (await b.GetOnlineUsersAsync("s", Cancellation)).Should().BeEquivalentTo(["bob"]);
    }

    [Fact]
    public async Task Online_WhenAnInstanceStopsItsHeartbeat_DropsItsUsersAfterTheirTtl()
    {
        var crashed = Tracker(ttlSeconds: 1);
        var alive = Tracker();
        await crashed.JoinAsync("s", "alice", "a1");
        await alive.JoinAsync("s", "bob", "b1");
        (await alive.GetOnlineUsersAsync("s", Cancellation)).Should().Contain("alice");

        var online = await PollAsync(() => alive.GetOnlineUsersAsync("s", Cancellation).AsTask(), users => !users.Contains("alice"));

        online.Should().BeEquivalentTo(["bob"]);
    }

    [Fact]
    public async Task Refresh_AfterRedisRestartedEmpty_WritesThisInstancesJoinsBack()
    {
        var tracker = Tracker();
        await tracker.JoinAsync("s", "alice", "a1");
        await redis!.KillAsync();
        await redis.StartAgainAsync();

        var online = await PollAsync(
            async () =>
            {
                await tracker.RefreshAsync();
                return await Tracker().GetOnlineUsersAsync("s", Cancellation);
            },
            users => users.Contains("alice"));

        online.Should().BeEquivalentTo(["alice"]);
    }

    private RedisPresenceTracker Tracker(int ttlSeconds = 45)
    {
        var options = new ConfigurationOptions { EndPoints = { redis!.Connection }, AbortOnConnectFail = false, BacklogPolicy = BacklogPolicy.FailFast };
        var connection = ConnectionMultiplexer.Connect(options);
        connections.Add(connection);
        var settings = new RedisOptions { Connection = redis.Connection, ChannelPrefix = prefix, PresenceTtlSeconds = ttlSeconds, PresenceHeartbeatSeconds = 1 };
        return new RedisPresenceTracker(connection, Options.Create(settings), NullLogger<RedisPresenceTracker>.Instance);
    }

    private static async Task<IReadOnlySet<string>> PollAsync(Func<Task<IReadOnlySet<string>>> read, Func<IReadOnlySet<string>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var users = await read();
            if (done(users) || DateTime.UtcNow > deadline)
            {
                return users;
            }

            await Task.Delay(100, Cancellation);
        }
    }
}
