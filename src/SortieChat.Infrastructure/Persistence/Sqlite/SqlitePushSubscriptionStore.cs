using Microsoft.Data.Sqlite;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Infrastructure.Push;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

internal sealed class SqlitePushSubscriptionStore(SqliteDatabase database, SqliteGroupCommit groupCommit, TimeProvider time) : IPushSubscriptionStore
{
    private readonly AnySubscriptionCache any = new(time);

    public async Task<bool> SaveAsync(PushSubscriptionRecord subscription, int maxPerUser, CancellationToken cancellationToken)
    {
        var created = await SaveNowAsync(subscription, maxPerUser, cancellationToken);
        any.Saved();
        return created;
    }

    public Task<bool> AnyAsync(CancellationToken cancellationToken) => any.AnyAsync(async () =>
    {
        await using var db = await database.ReadScopeAsync(cancellationToken);
        return (await db.QueryAsync(SqliteQueries.AnyPushSubscription, r => r.GetInt64(0), cancellationToken)).Count > 0;
    });

    private Task<bool> SaveNowAsync(PushSubscriptionRecord subscription, int maxPerUser, CancellationToken cancellationToken) =>
        groupCommit.WriteAloneAsync(
            async db =>
            {
                var owner = (await db.QueryAsync(
                    "SELECT user_id FROM push_subscriptions WHERE endpoint = $endpoint", r => r.GetString(0), cancellationToken,
                    ("$endpoint", subscription.Endpoint))).SingleOrDefault();
                await db.ExecuteAsync(
                    """
                    INSERT INTO push_subscriptions (endpoint, user_id, p256dh, auth, created_at) VALUES ($endpoint, $user, $p256dh, $auth, $at)
                    ON CONFLICT (endpoint) DO UPDATE SET p256dh = excluded.p256dh, auth = excluded.auth,
                        created_at = CASE WHEN user_id = excluded.user_id THEN created_at ELSE excluded.created_at END, user_id = excluded.user_id
                    """,
                    cancellationToken, ("$endpoint", subscription.Endpoint), ("$user", subscription.UserId), ("$p256dh", subscription.P256dh),
                    ("$auth", subscription.Auth), ("$at", subscription.CreatedAt));
                await db.ExecuteAsync(
                    """
                    DELETE FROM push_subscriptions WHERE user_id = $user AND endpoint NOT IN
                        (SELECT endpoint FROM push_subscriptions WHERE user_id = $user ORDER BY endpoint = $endpoint DESC, created_at DESC LIMIT $max)
                    """,
                    cancellationToken, ("$user", subscription.UserId), ("$endpoint", subscription.Endpoint), ("$max", maxPerUser));
                return owner != subscription.UserId;
            },
            cancellationToken);

    public async Task<IReadOnlyList<PushSubscriptionRecord>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await database.ReadScopeAsync(cancellationToken);
        return await db.QueryAsync(
            "SELECT user_id, endpoint, p256dh, auth, created_at FROM push_subscriptions WHERE user_id = $user ORDER BY created_at, endpoint",
            Read, cancellationToken, ("$user", userId));
    }

    public async Task<IReadOnlySet<string>> SubscribedMembersAsync(string chatId, CancellationToken cancellationToken)
    {
        await using var db = await database.ReadScopeAsync(cancellationToken);
        return (await db.QueryAsync(SqliteQueries.SubscribedMembersOfChat, r => r.GetString(0), cancellationToken, ("$chat", chatId)))
            .ToHashSet(StringComparer.Ordinal);
    }

    public Task DeleteAsync(string userId, string endpoint, CancellationToken cancellationToken) => groupCommit.WriteAloneAsync(
        db => db.ExecuteAsync("DELETE FROM push_subscriptions WHERE user_id = $user AND endpoint = $endpoint", cancellationToken, ("$user", userId), ("$endpoint", endpoint)),
        cancellationToken);

    public Task DeleteEndpointAsync(string endpoint, CancellationToken cancellationToken) => groupCommit.WriteAloneAsync(
        db => db.ExecuteAsync("DELETE FROM push_subscriptions WHERE endpoint = $endpoint", cancellationToken, ("$endpoint", endpoint)),
        cancellationToken);

    private static PushSubscriptionRecord Read(SqliteDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetDate(4));
}
