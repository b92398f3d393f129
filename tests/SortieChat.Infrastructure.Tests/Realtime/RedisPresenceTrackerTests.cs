using Microsoft.Extensions.Logging.Abstractions;
using SortieChat.Infrastructure.Realtime.Redis;

namespace SortieChat.Infrastructure.Tests.Realtime;

/// <summary>Presence in a real redis-server, seen by two trackers on two connections as two instances would.</summary>
public sealed class RedisPresenceTrackerTests : RedisTests
{
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
        await Redis.Server.KillAsync();
        await Redis.Server.StartAgainAsync();

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
        var (connection, options) = Redis.Connect(ttlSeconds);
        return new RedisPresenceTracker(connection, options, NullLogger<RedisPresenceTracker>.Instance);
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
