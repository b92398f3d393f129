using MongoDB.Bson;
using MongoDB.Driver;
using SortieChat.Application.Abstractions.Webhooks;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>The outbox on MongoDB, for the worker: single-document writes, each acknowledged by the configured write concern.</summary>
internal sealed class MongoWebhookOutbox(MongoContext mongo) : IWebhookOutbox
{
    private readonly MongoWebhookCollections c = new(mongo.Collections.Database);

    private static FilterDefinitionBuilder<WebhookOutboxDocument> Filter => Builders<WebhookOutboxDocument>.Filter;

    public async Task<IReadOnlyList<WebhookStream>> DueStreamsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        PipelineDefinition<WebhookOutboxDocument, BsonDocument> heads = new BsonDocument[]
        {
            new("$match", new BsonDocument("parked", false)),
            new("$sort", new BsonDocument { { "endpoint", 1 }, { "sortieId", 1 }, { "position", 1 } }),
            new("$group", new BsonDocument
            {
                { "_id", new BsonDocument { { "endpoint", "$endpoint" }, { "sortieId", "$sortieId" } } },
                { "next", new BsonDocument("$first", "$nextAttemptAt") },
                { "position", new BsonDocument("$first", "$position") },
            }),
            new("$match", new BsonDocument("next", new BsonDocument("$lte", now.UtcDateTime))),
            new("$sort", new BsonDocument("next", 1)),
        };
        var leased = (await c.Leases.Find(l => l.ExpiresAt > now).Project(l => l.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var due = new List<WebhookStream>();
        using var cursor = await c.Outbox.AggregateAsync(heads, cancellationToken: cancellationToken);
        await cursor.ForEachAsync(
            head =>
            {
                var stream = new WebhookStream(head["_id"]["endpoint"].AsString, head["_id"]["sortieId"].AsString);
                if (due.Count < max && !leased.Contains(MongoWebhookCollections.Key(stream)))
                {
                    due.Add(stream);
                }
            },
            cancellationToken);
        return due;
    }

    public async Task<bool> TryLeaseAsync(WebhookStream stream, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var lease = Builders<WebhookLeaseDocument>.Filter;
        try
        {
            await c.Leases.UpdateOneAsync(
                lease.Eq(l => l.Id, MongoWebhookCollections.Key(stream)) & (lease.Eq(l => l.Owner, owner) | lease.Lte(l => l.ExpiresAt, now)),
                Builders<WebhookLeaseDocument>.Update.Set(l => l.Owner, owner).Set(l => l.ExpiresAt, until),
                new UpdateOptions { IsUpsert = true },
                cancellationToken);
            return true;
        }
        catch (MongoWriteException exception) when (exception.WriteError.Category == ServerErrorCategory.DuplicateKey)
        {
            // Held by another owner whose lease has not run out: the upsert met its document.
            return false;
        }
    }

    public Task ReleaseLeaseAsync(WebhookStream stream, string owner, CancellationToken cancellationToken) =>
        c.Leases.DeleteOneAsync(l => l.Id == MongoWebhookCollections.Key(stream) && l.Owner == owner, cancellationToken);

    public async Task<WebhookOutboxEntry?> HeadAsync(WebhookStream stream, CancellationToken cancellationToken)
    {
        var head = await c.Outbox.Find(d => d.Endpoint == stream.Endpoint && d.SortieId == stream.SortieId && !d.Parked)
            .SortBy(d => d.Position).Limit(1).FirstOrDefaultAsync(cancellationToken);
        return head is null ? null : ToEntry(head);
    }

    public Task MarkDeliveredAsync(WebhookOutboxEntry entry, CancellationToken cancellationToken) =>
        c.Outbox.DeleteOneAsync(d => d.Id == entry.Id, cancellationToken);

    public Task ScheduleRetryAsync(WebhookOutboxEntry entry, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        c.Outbox.UpdateOneAsync(
            d => d.Id == entry.Id,
            Builders<WebhookOutboxDocument>.Update.Inc(d => d.Attempts, 1).Set(d => d.NextAttemptAt, nextAttemptAt).Set(d => d.LastError, error),
            cancellationToken: cancellationToken);

    public Task ParkAsync(WebhookOutboxEntry entry, string error, CancellationToken cancellationToken) =>
        c.Outbox.UpdateOneAsync(
            d => d.Id == entry.Id,
            Builders<WebhookOutboxDocument>.Update.Inc(d => d.Attempts, 1).Set(d => d.Parked, true).Set(d => d.LastError, error),
            cancellationToken: cancellationToken);

    public async Task<WebhookBacklog> CountAsync(CancellationToken cancellationToken) => new(
        await c.Outbox.CountDocumentsAsync(Filter.Eq(d => d.Parked, false), cancellationToken: cancellationToken),
        await c.Outbox.CountDocumentsAsync(Filter.Eq(d => d.Parked, true), cancellationToken: cancellationToken));

    public async Task<IReadOnlyList<WebhookOutboxEntry>> ListAsync(CancellationToken cancellationToken) =>
        (await c.Outbox.Find(Filter.Empty).SortBy(d => d.Endpoint).ThenBy(d => d.SortieId).ThenBy(d => d.Position).ToListAsync(cancellationToken))
        .ConvertAll(ToEntry);

    private static WebhookOutboxEntry ToEntry(WebhookOutboxDocument d) => new(
        d.Id, d.EventId, new WebhookStream(d.Endpoint, d.SortieId), d.Position, d.Type, d.OccurredAt, d.Body, d.Attempts, d.NextAttemptAt, d.Parked, d.LastError);
}
