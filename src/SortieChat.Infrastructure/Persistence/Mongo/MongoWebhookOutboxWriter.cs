using MongoDB.Driver;
using SortieChat.Domain.Common;
using SortieChat.Infrastructure.Webhooks;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>Writes a command's webhook events into the outbox, in the command's transaction.</summary>
internal sealed class MongoWebhookOutboxWriter(MongoContext mongo, WebhookOutboxRows rows)
{
    private readonly MongoWebhookCollections webhooks = new(mongo.Collections.Database);

    public async Task WriteAsync(IClientSessionHandle s, IReadOnlyList<IDomainEvent> events, IReadOnlyList<AggregateRoot> tracked, CancellationToken ct)
    {
        var built = await rows.BuildAsync(events, tracked, (userId, token) => DisplayNameAsync(s, userId, token), ct);
        foreach (var row in built)
        {
            var counter = await webhooks.Streams.FindOneAndUpdateAsync(
                s,
                Builders<WebhookStreamDocument>.Filter.Eq(d => d.Id, MongoWebhookCollections.Key(row.Stream)),
                Builders<WebhookStreamDocument>.Update.Inc(d => d.Next, 1),
                new FindOneAndUpdateOptions<WebhookStreamDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.After },
                ct);
            await webhooks.Outbox.InsertOneAsync(s, new WebhookOutboxDocument
            {
                Id = row.Id,
                EventId = row.EventId,
                Endpoint = row.Stream.Endpoint,
                SortieId = row.Stream.SortieId,
                Position = counter.Next,
                Type = row.Type,
                OccurredAt = row.OccurredAt,
                Body = row.Body,
                NextAttemptAt = row.NextAttemptAt,
            }, cancellationToken: ct);
        }
    }

    private async Task<string?> DisplayNameAsync(IClientSessionHandle s, string userId, CancellationToken ct) =>
        await mongo.Collections.Users.Find(s, u => u.Id == userId).Project(u => u.DisplayName).FirstOrDefaultAsync(ct);
}
