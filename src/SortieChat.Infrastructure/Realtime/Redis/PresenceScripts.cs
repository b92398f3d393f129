namespace SortieChat.Infrastructure.Realtime.Redis;

/// <summary>
/// Presence in Redis, per room: a sorted set of user ids and, per user, a sorted set of their connection ids, both
/// scored by expiry time (milliseconds of Redis's own clock, so instances need not agree on the time). A TTL applies
/// to a whole key, not to a member: expired members are pruned by score, and the keys themselves expire with the
/// last heartbeat. KEYS[1] = the room's users, KEYS[2] = the user's connections in it (one hash slot: see the key names).
/// </summary>
internal static class PresenceScripts
{
    private const string Now = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        """;

    /// <summary>ARGV: userId, connectionId, ttl ms. Returns 1 when the user had no live connection in the room before.</summary>
    public const string Join = Now + """

        local ttl = tonumber(ARGV[3])
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
        local before = redis.call('ZCARD', KEYS[2])
        redis.call('ZADD', KEYS[2], now + ttl, ARGV[2])
        redis.call('ZADD', KEYS[1], 'GT', now + ttl, ARGV[1])
        redis.call('PEXPIRE', KEYS[2], ttl)
        redis.call('PEXPIRE', KEYS[1], ttl)
        if before == 0 then return 1 end
        return 0
        """;

    /// <summary>ARGV: userId, connectionId. Returns 1 when that was the user's last live connection in the room.</summary>
    public const string Leave = Now + """

        if redis.call('ZREM', KEYS[2], ARGV[2]) == 0 then return 0 end
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
        if redis.call('ZCARD', KEYS[2]) > 0 then return 0 end
        redis.call('ZREM', KEYS[1], ARGV[1])
        return 1
        """;

    /// <summary>KEYS[1] only. The users whose presence has not expired.</summary>
    public const string Online = Now + """

        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
        return redis.call('ZRANGE', KEYS[1], 0, -1)
        """;
}
