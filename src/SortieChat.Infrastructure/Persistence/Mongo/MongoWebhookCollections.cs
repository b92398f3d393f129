using MongoDB.Driver;
using SortieChat.Application.Abstractions.Webhooks;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>The webhook outbox's collections and their indexes (created at startup with the others).</summary>
internal sealed class MongoWebhookCollections(IMongoDatabase database)
{
    public IMongoCollection<WebhookOutboxDocument> Outbox { get; } = database.GetCollection<WebhookOutboxDocument>("webhookOutbox");

    public IMongoCollection<WebhookStreamDocument> Streams { get; } = database.GetCollection<WebhookStreamDocument>("webhookStreams");

    public IMongoCollection<WebhookLeaseDocument> Leases { get; } = database.GetCollection<WebhookLeaseDocument>("webhookLeases");

    public static IReadOnlyList<CreateIndexModel<WebhookOutboxDocument>> OutboxIndexes { get; } =
    [
        new(Builders<WebhookOutboxDocument>.IndexKeys.Ascending(d => d.Endpoint).Ascending(d => d.SortieId).Ascending(d => d.Parked).Ascending(d => d.Position),
            new CreateIndexOptions { Name = "ix_webhook_outbox_stream" }),
        new(Builders<WebhookOutboxDocument>.IndexKeys.Ascending(d => d.Parked).Ascending(d => d.NextAttemptAt),
            new CreateIndexOptions { Name = "ix_webhook_outbox_due" }),
    ];

    /// <summary>One key per (endpoint, sortie): a URL holds no line break.</summary>
    public static string Key(WebhookStream stream) => stream.Endpoint + "\n" + stream.SortieId;

    public async Task CreateIndexesAsync(CancellationToken ct)
    {
        await Outbox.Indexes.CreateManyAsync(OutboxIndexes, ct);
        // Created before the first transaction that upserts into them.
        foreach (var name in new[] { "webhookStreams", "webhookLeases" })
        {
            var existing = await (await database.ListCollectionNamesAsync(
                new ListCollectionNamesOptions { Filter = new MongoDB.Bson.BsonDocument("name", name) }, ct)).AnyAsync(ct);
            if (!existing)
            {
                await database.CreateCollectionAsync(name, cancellationToken: ct);
            }
        }
    }
}
