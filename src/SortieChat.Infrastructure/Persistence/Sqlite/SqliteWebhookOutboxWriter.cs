using SortieChat.Domain.Common;
using SortieChat.Infrastructure.Webhooks;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>Writes a command's webhook events into the outbox, in the command's transaction.</summary>
internal sealed class SqliteWebhookOutboxWriter(WebhookOutboxRows rows)
{
    public async Task WriteAsync(SqliteScope db, IReadOnlyList<IDomainEvent> events, IReadOnlyList<AggregateRoot> tracked, CancellationToken ct)
    {
        var built = await rows.BuildAsync(events, tracked, (userId, token) => DisplayNameAsync(db, userId, token), ct);
        foreach (var row in built)
        {
            await SqliteWebhookOutbox.InsertAsync(db, row, ct);
        }
    }

    private static async Task<string?> DisplayNameAsync(SqliteScope db, string userId, CancellationToken ct) =>
        (await db.QueryAsync("SELECT display_name FROM users WHERE id = $id", r => r.GetString(0), ct, ("$id", userId))).SingleOrDefault();
}
