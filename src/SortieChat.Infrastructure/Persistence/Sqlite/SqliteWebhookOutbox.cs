using Microsoft.Data.Sqlite;
using SortieChat.Application.Abstractions.Webhooks;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The outbox on SQLite. Rows are inserted in the command's transaction (<see cref="InsertAsync"/>); the worker reads
/// on pooled connections and writes through the group commit, like a command: one writer connection per process.
/// The position (AUTOINCREMENT) follows commit order: SQLite has one writer at a time, across processes too.
/// </summary>
internal sealed class SqliteWebhookOutbox(SqliteDatabase database, SqliteGroupCommit groupCommit) : IWebhookOutbox
{
    private const string Columns = "id, event_id, endpoint, sortie_id, position, type, occurred_at, body, attempts, next_attempt_at, parked, last_error";

    public static Task InsertAsync(SqliteScope db, WebhookOutboxEntry row, CancellationToken ct) => db.ExecuteAsync(
        """
        INSERT INTO webhook_outbox (id, event_id, endpoint, sortie_id, type, occurred_at, body, attempts, next_attempt_at, parked, last_error)
        VALUES ($id, $event, $endpoint, $sortie, $type, $at, $body, 0, $next, 0, NULL)
        """,
        ct, ("$id", row.Id), ("$event", row.EventId), ("$endpoint", row.Stream.Endpoint), ("$sortie", row.Stream.SortieId), ("$type", row.Type),
        ("$at", row.OccurredAt), ("$body", row.Body), ("$next", row.NextAttemptAt));

    public async Task<IReadOnlyList<WebhookStream>> DueStreamsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var db = await database.ReadScopeAsync(cancellationToken);
        return await db.QueryAsync(
            """
            SELECT o.endpoint, o.sortie_id FROM webhook_outbox o
            WHERE o.parked = 0 AND o.next_attempt_at <= $now
              AND o.position = (SELECT min(h.position) FROM webhook_outbox h WHERE h.endpoint = o.endpoint AND h.sortie_id = o.sortie_id AND h.parked = 0)
              AND NOT EXISTS (SELECT 1 FROM webhook_leases l WHERE l.endpoint = o.endpoint AND l.sortie_id = o.sortie_id AND l.expires_at > $now)
            ORDER BY o.position LIMIT $max
            """,
            r => new WebhookStream(r.GetString(0), r.GetString(1)), cancellationToken, ("$now", now), ("$max", max));
    }

    public async Task<bool> TryLeaseAsync(WebhookStream stream, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        await WriteAsync(
            """
            INSERT INTO webhook_leases (endpoint, sortie_id, owner, expires_at) VALUES ($endpoint, $sortie, $owner, $until)
            ON CONFLICT (endpoint, sortie_id) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
            WHERE webhook_leases.owner = excluded.owner OR webhook_leases.expires_at <= $now
            """,
            cancellationToken, ("$endpoint", stream.Endpoint), ("$sortie", stream.SortieId), ("$owner", owner), ("$now", now), ("$until", until)) == 1;

    public Task ReleaseLeaseAsync(WebhookStream stream, string owner, CancellationToken cancellationToken) => WriteAsync(
        "DELETE FROM webhook_leases WHERE endpoint = $endpoint AND sortie_id = $sortie AND owner = $owner",
        cancellationToken, ("$endpoint", stream.Endpoint), ("$sortie", stream.SortieId), ("$owner", owner));

    public async Task<WebhookOutboxEntry?> HeadAsync(WebhookStream stream, CancellationToken cancellationToken)
    {
        await using var db = await database.ReadScopeAsync(cancellationToken);
        return await db.QuerySingleAsync(
            $"SELECT {Columns} FROM webhook_outbox WHERE endpoint = $endpoint AND sortie_id = $sortie AND parked = 0 ORDER BY position LIMIT 1",
            ReadEntry, cancellationToken, ("$endpoint", stream.Endpoint), ("$sortie", stream.SortieId));
    }

    public Task MarkDeliveredAsync(WebhookOutboxEntry entry, CancellationToken cancellationToken) =>
        WriteAsync("DELETE FROM webhook_outbox WHERE id = $id", cancellationToken, ("$id", entry.Id));

    public Task ScheduleRetryAsync(WebhookOutboxEntry entry, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) => WriteAsync(
        "UPDATE webhook_outbox SET attempts = attempts + 1, next_attempt_at = $next, last_error = $error WHERE id = $id",
        cancellationToken, ("$id", entry.Id), ("$next", nextAttemptAt), ("$error", error));

    public Task ParkAsync(WebhookOutboxEntry entry, string error, CancellationToken cancellationToken) => WriteAsync(
        "UPDATE webhook_outbox SET attempts = attempts + 1, parked = 1, last_error = $error WHERE id = $id",
        cancellationToken, ("$id", entry.Id), ("$error", error));

    public async Task<WebhookBacklog> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.ReadScopeAsync(cancellationToken);
        return (await db.QuerySingleAsync(
            "SELECT count(*) - total(parked), total(parked) FROM webhook_outbox",
            r => new WebhookBacklog((long)r.GetDouble(0), (long)r.GetDouble(1)), cancellationToken))!;
    }

    public async Task<IReadOnlyList<WebhookOutboxEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await database.ReadScopeAsync(cancellationToken);
        return await db.QueryAsync($"SELECT {Columns} FROM webhook_outbox ORDER BY position", ReadEntry, cancellationToken);
    }

    private static WebhookOutboxEntry ReadEntry(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), new WebhookStream(r.GetString(2), r.GetString(3)), r.GetInt64(4), r.GetString(5), r.GetDate(6),
        r.GetString(7), r.GetInt32(8), r.GetDate(9), r.GetInt32(10) != 0, r.GetNullableString(11));

    private Task<int> WriteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        groupCommit.WriteAloneAsync(db => db.ExecuteAsync(sql, cancellationToken, parameters), cancellationToken);
}
