using MongoDB.Bson;
using MongoDB.Driver;
using SortieChat.Application.Messages.Search;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>
/// Fills fields that older documents lack, before the indexes that need them are built (at startup, idempotently:
/// each update matches only documents still missing its field). Rendered in the server-less tests.
/// </summary>
internal static class MongoMigrations
{
    /// <summary>An old chat's change seq is its last seq: every change it saw was a post.</summary>
    public static FilterDefinition<ChatDocument> ChatsWithoutChangeSeq { get; } = Builders<ChatDocument>.Filter.Exists(c => c.ChangeSeq, false);

    public static UpdateDefinition<ChatDocument> ChangeSeqFromLastSeq { get; } = Pipeline<ChatDocument>(new BsonDocument("changeSeq", "$lastSeq"));

    /// <summary>An old message's change seq is its seq; a deleted one was deleted by its sender (the only one who could).</summary>
    public static FilterDefinition<MessageDocument> MessagesWithoutChangeSeq { get; } = Builders<MessageDocument>.Filter.Exists(m => m.ChangeSeq, false);

    public static UpdateDefinition<MessageDocument> ChangeSeqFromSeq { get; } = Pipeline<MessageDocument>(new BsonDocument
    {
        { "changeSeq", "$seq" },
        { "deletedBy", new BsonDocument("$cond", new BsonArray { "$isDeleted", "$senderId", BsonNull.Value }) },
    });

    /// <summary>Messages stored before search: their words are computed here, in .NET, as every write computes them.</summary>
    public static FilterDefinition<MessageDocument> MessagesWithoutSearchTokens { get; } = Builders<MessageDocument>.Filter.Exists(m => m.SearchTokens, false);

    public static UpdateDefinition<MessageDocument> SetSearchTokens(IEnumerable<string> words) =>
        Builders<MessageDocument>.Update.Set(m => m.SearchTokens, [.. words]);

    public static async Task RunAllAsync(MongoCollections c, CancellationToken ct)
    {
        await c.Chats.UpdateManyAsync(ChatsWithoutChangeSeq, ChangeSeqFromLastSeq, cancellationToken: ct);
        await c.Messages.UpdateManyAsync(MessagesWithoutChangeSeq, ChangeSeqFromSeq, cancellationToken: ct);
        await BackfillSearchTokensAsync(c.Messages, ct);
    }

    /// <summary>In batches, each taking the documents still without the field, so that an interrupted start resumes.</summary>
    private static async Task BackfillSearchTokensAsync(IMongoCollection<MessageDocument> messages, CancellationToken ct)
    {
        while (true)
        {
            var batch = await messages.Find(MessagesWithoutSearchTokens).Limit(500).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return;
            }

            var updates = batch.Select(d => new UpdateOneModel<MessageDocument>(
                MongoQueries.MessageById(d.Id), SetSearchTokens(SearchTokenizer.WordsOf(MongoRows.ToMessage(d)))));
            await messages.BulkWriteAsync(updates, new BulkWriteOptions { IsOrdered = false }, ct);
        }
    }

    private static UpdateDefinition<T> Pipeline<T>(BsonDocument set) =>
        new PipelineUpdateDefinition<T>(PipelineDefinition<T, T>.Create([new BsonDocument("$set", set)]));
}
