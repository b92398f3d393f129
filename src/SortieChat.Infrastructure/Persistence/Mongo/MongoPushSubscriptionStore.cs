using MongoDB.Driver;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Infrastructure.Push;

namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class MongoPushSubscriptionStore(MongoContext mongo, TimeProvider time) : IPushSubscriptionStore
{
    public static readonly CreateIndexModel<PushSubscriptionDocument> ByUser =
        new(Builders<PushSubscriptionDocument>.IndexKeys.Ascending(d => d.UserId).Ascending(d => d.CreatedAt), new CreateIndexOptions { Name = "ix_push_subscriptions_user" });

    private readonly IMongoCollection<PushSubscriptionDocument> subscriptions = Collection(mongo.Collections.Database);
    private readonly AnySubscriptionCache any = new(time);

    public static IMongoCollection<PushSubscriptionDocument> Collection(IMongoDatabase database) =>
        database.GetCollection<PushSubscriptionDocument>("pushSubscriptions");

    public async Task<bool> SaveAsync(PushSubscriptionRecord subscription, int maxPerUser, CancellationToken cancellationToken)
    {
        var previous = await subscriptions.FindOneAndUpdateAsync(
            d => d.Id == subscription.Endpoint,
            Builders<PushSubscriptionDocument>.Update.Set(d => d.UserId, subscription.UserId).Set(d => d.P256dh, subscription.P256dh)
                .Set(d => d.Auth, subscription.Auth).SetOnInsert(d => d.CreatedAt, subscription.CreatedAt),
            new FindOneAndUpdateOptions<PushSubscriptionDocument> { IsUpsert = true, ReturnDocument = ReturnDocument.Before },
            cancellationToken);
        var created = previous?.UserId != subscription.UserId;
        if (previous is not null && created)
        {
            // Another user's endpoint now belongs to this one: it starts as theirs today.
            await subscriptions.UpdateOneAsync(
                d => d.Id == subscription.Endpoint, Builders<PushSubscriptionDocument>.Update.Set(d => d.CreatedAt, subscription.CreatedAt), cancellationToken: cancellationToken);
        }

        var extra = (await subscriptions.Find(d => d.UserId == subscription.UserId && d.Id != subscription.Endpoint)
            .SortByDescending(d => d.CreatedAt).Skip(maxPerUser - 1).Project(d => d.Id).ToListAsync(cancellationToken));
        if (extra.Count > 0)
        {
            await subscriptions.DeleteManyAsync(d => extra.Contains(d.Id), cancellationToken);
        }

        any.Saved();
        return created;
    }

    public Task<bool> AnyAsync(CancellationToken cancellationToken) =>
        any.AnyAsync(async () => await subscriptions.Find(FilterDefinition<PushSubscriptionDocument>.Empty).Limit(1).AnyAsync(cancellationToken));

    public async Task<IReadOnlyList<PushSubscriptionRecord>> ListAsync(string userId, CancellationToken cancellationToken) =>
        (await subscriptions.Find(d => d.UserId == userId).SortBy(d => d.CreatedAt).ThenBy(d => d.Id).ToListAsync(cancellationToken))
        .ConvertAll(d => new PushSubscriptionRecord(d.UserId, d.Id, d.P256dh, d.Auth, d.CreatedAt));

    public async Task<IReadOnlySet<string>> SubscribedMembersAsync(string chatId, CancellationToken cancellationToken)
    {
        var members = await mongo.Collections.Chats.Find(MongoQueries.ChatById(chatId)).Project(c => c.Members).FirstOrDefaultAsync(cancellationToken) ?? [];
        return members.Count == 0
            ? new HashSet<string>()
            : (await subscriptions.Distinct(d => d.UserId, Builders<PushSubscriptionDocument>.Filter.In(d => d.UserId, members), cancellationToken: cancellationToken)
                .ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    public Task DeleteAsync(string userId, string endpoint, CancellationToken cancellationToken) =>
        subscriptions.DeleteOneAsync(d => d.Id == endpoint && d.UserId == userId, cancellationToken);

    public Task DeleteEndpointAsync(string endpoint, CancellationToken cancellationToken) =>
        subscriptions.DeleteOneAsync(d => d.Id == endpoint, cancellationToken);
}
