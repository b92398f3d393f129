using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;
using StackExchange.Redis;

namespace SortieChat.Infrastructure.Realtime.Redis;

/// <summary>
/// Presence shared by every instance (<see cref="PresenceScripts"/>). This instance's own joins are also kept in
/// memory: the heartbeat refreshes them, they are written back after Redis returns, and while Redis is away the
/// instance answers from them (its own clients only) instead of failing.
/// </summary>
internal sealed partial class RedisPresenceTracker(
    IConnectionMultiplexer redis, IOptions<RedisOptions> options, ILogger<RedisPresenceTracker> logger) : IPresenceTracker
{
    private readonly InMemoryPresenceTracker local = new();
    private readonly string prefix = options.Value.ChannelPrefix;
    private readonly long ttlMilliseconds = options.Value.PresenceTtlSeconds * 1000L;

    public async ValueTask<bool> JoinAsync(string sortieId, string userId, string connectionId)
    {
        var first = await local.JoinAsync(sortieId, userId, connectionId);
        return await TryAsync(async db => (long)await JoinScriptAsync(db, sortieId, userId, connectionId) == 1, first);
    }

    public async ValueTask<bool> LeaveAsync(string sortieId, string userId, string connectionId)
    {
        var last = await local.LeaveAsync(sortieId, userId, connectionId);
        return await TryAsync(
            async db => (long)await db.ScriptEvaluateAsync(PresenceScripts.Leave, Keys(sortieId, userId), [userId, connectionId]) == 1, last);
    }

    public async ValueTask<IReadOnlySet<string>> GetOnlineUsersAsync(string sortieId, CancellationToken cancellationToken)
    {
        var fallback = await local.GetOnlineUsersAsync(sortieId, cancellationToken);
        return await TryAsync<IReadOnlySet<string>>(
            async db =>
            {
                var users = (RedisValue[]?)await db.ScriptEvaluateAsync(PresenceScripts.Online, [RoomKey(sortieId)]) ?? [];
                return users.Select(u => u.ToString()).ToHashSet(StringComparer.Ordinal);
            },
            fallback);
    }

    /// <summary>Pushes back the expiry of every join of this instance (and writes them again after Redis was away).</summary>
    public async Task RefreshAsync()
    {
        var joins = local.Snapshot();
        if (joins.Count == 0)
        {
            return;
        }

        await TryAsync(
            async db =>
            {
                await Task.WhenAll(joins.Select(j => JoinScriptAsync(db, j.SortieId, j.UserId, j.ConnectionId)));
                return true;
            },
            false);
    }

    private Task<RedisResult> JoinScriptAsync(IDatabase db, string sortieId, string userId, string connectionId) =>
        db.ScriptEvaluateAsync(PresenceScripts.Join, Keys(sortieId, userId), [userId, connectionId, ttlMilliseconds]);

    private async ValueTask<T> TryAsync<T>(Func<IDatabase, Task<T>> action, T fallback)
    {
        try
        {
            return await action(redis.GetDatabase());
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            LogFellBack(logger, exception.Message);
            return fallback;
        }
    }

    // The room's id in braces is the hash tag: both keys of a script land on one node of a Redis Cluster.
    private RedisKey RoomKey(string sortieId) => $"{prefix}:presence:{{{sortieId}}}";

    private RedisKey[] Keys(string sortieId, string userId) => [RoomKey(sortieId), $"{prefix}:presence:{{{sortieId}}}:{userId}"];

    [LoggerMessage(Level = LogLevel.Debug, Message = "Presence answered from this instance's memory: Redis failed ({Reason})")]
    private static partial void LogFellBack(ILogger logger, string reason);
}
