using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;
using StackExchange.Redis;

namespace SortieChat.Infrastructure.Realtime.Redis;

/// <summary>
/// Live connections shared by the instances, so that a user connected to another one is not pushed: per user, a
/// sorted set of the instances holding one of their connections, scored by when that entry expires. An instance
/// writes its users' entries on their first connection, removes them on the last, and refreshes them with the
/// presence heartbeat; a crashed instance's entries expire. While Redis is away, this instance's own count answers.
/// </summary>
internal sealed partial class RedisLiveConnections(
    IConnectionMultiplexer redis, IOptions<RedisOptions> options, TimeProvider time, ILogger<RedisLiveConnections> logger) : ILiveConnections
{
    private readonly LiveConnectionCounter local = new();
    private readonly string prefix = options.Value.ChannelPrefix;
    private readonly string instance = Guid.NewGuid().ToString("N");
    private readonly TimeSpan ttl = TimeSpan.FromSeconds(options.Value.PresenceTtlSeconds);

    public void Connected(string userId)
    {
        if (local.Count(userId))
        {
            _ = TryAsync(db => WriteAsync(db, userId));
        }
    }

    public void Disconnected(string userId)
    {
        if (local.Uncount(userId))
        {
            _ = TryAsync(db => db.SortedSetRemoveAsync(Key(userId), instance));
        }
    }

    public async Task<IReadOnlySet<string>> ConnectedAmongAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var connected = userIds.Where(local.IsConnected).ToHashSet(StringComparer.Ordinal);
        var elsewhere = userIds.Where(userId => !connected.Contains(userId)).ToList();
        if (elsewhere.Count == 0)
        {
            return connected;
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await TryAsync(async db =>
        {
            var counts = await Task.WhenAll(elsewhere.Select(userId => db.SortedSetLengthAsync(Key(userId), min: now)));
            connected.UnionWith(elsewhere.Where((_, i) => counts[i] > 0));
            return true;
        });
        return connected;
    }

    /// <summary>Pushes back the expiry of this instance's users (and writes them again after Redis was away).</summary>
    public Task RefreshAsync() => TryAsync(async db =>
    {
        await Task.WhenAll(local.Users.Select(userId => WriteAsync(db, userId)));
        return true;
    });

    /// <summary>
    /// The three commands leave in one go, in the order called: a later removal of this user (issued after) cannot
    /// overtake the entry it removes.
    /// </summary>
    private async Task<bool> WriteAsync(IDatabase db, string userId)
    {
        var now = time.GetUtcNow();
        var key = Key(userId);
        var add = db.SortedSetAddAsync(key, instance, (now + ttl).ToUnixTimeMilliseconds());
        var prune = db.SortedSetRemoveRangeByScoreAsync(key, double.NegativeInfinity, now.ToUnixTimeMilliseconds(), Exclude.Stop);
        var expire = db.KeyExpireAsync(key, ttl);
        await Task.WhenAll(add, prune, expire);
        return await expire;
    }

    private async Task TryAsync<T>(Func<IDatabase, Task<T>> action)
    {
        try
        {
            await action(redis.GetDatabase());
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogFellBack(logger, exception.Message);
        }
    }

    private RedisKey Key(string userId) => $"{prefix}:live:{userId}";

    [LoggerMessage(Level = LogLevel.Debug, Message = "Live connections answered from this instance's memory: Redis failed ({Reason})")]
    private static partial void LogFellBack(ILogger logger, string reason);
}
