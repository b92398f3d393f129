using Microsoft.Extensions.Logging.Abstractions;
using SortieChat.Infrastructure.Realtime.Redis;

namespace SortieChat.Infrastructure.Tests.Realtime;

/// <summary>Live connections in a real redis-server, seen from two instances on two connections.</summary>
public sealed class RedisLiveConnectionsTests : RedisTests
{
    [Fact]
    public async Task Connected_OnOneInstance_IsSeenFromTheOther_UntilItsLastConnectionCloses()
    {
        var a = Instance();
        var b = Instance();

        a.Connected("alice");
        a.Connected("alice");
        var seen = await PollAsync(b, users => users.Contains("alice"));
        a.Disconnected("alice");
        var afterOne = await b.ConnectedAmongAsync(["alice", "bob"], Cancellation);
        a.Disconnected("alice");
        var afterBoth = await PollAsync(b, users => !users.Contains("alice"));

        (seen.Contains("alice"), afterOne.Contains("alice"), afterBoth.Contains("alice")).Should().Be((true, true, false));
        afterOne.Should().NotContain("bob");
    }

    [Fact]
    public async Task Entries_OfAnInstanceThatStopsRefreshing_ExpireAfterTheirTtl()
    {
        var crashed = Instance(ttlSeconds: 1);
        var alive = Instance();
        crashed.Connected("alice");
        await PollAsync(alive, users => users.Contains("alice"));

        var later = await PollAsync(alive, users => !users.Contains("alice"));

        later.Should().NotContain("alice");
    }

    private RedisLiveConnections Instance(int ttlSeconds = 45)
    {
        var (connection, options) = Redis.Connect(ttlSeconds);
        return new RedisLiveConnections(connection, options, TimeProvider.System, NullLogger<RedisLiveConnections>.Instance);
    }

    private static async Task<IReadOnlySet<string>> PollAsync(RedisLiveConnections instance, Func<IReadOnlySet<string>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var users = await instance.ConnectedAmongAsync(["alice", "bob"], Cancellation);
            if (done(users) || DateTime.UtcNow > deadline)
            {
                return users;
            }

            await Task.Delay(100, Cancellation);
        }
    }
}
