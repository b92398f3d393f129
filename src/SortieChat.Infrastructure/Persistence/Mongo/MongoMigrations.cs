using MongoDB.Bson;
using MongoDB.Driver;

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

    public static async Task RunAllAsync(MongoCollections c, CancellationToken ct)
    {
        await c.Chats.UpdateManyAsync(ChatsWithoutChangeSeq, ChangeSeqFromLastSeq, cancellationToken: ct);
        await c.Messages.UpdateManyAsync(MessagesWithoutChangeSeq, ChangeSeqFromSeq, cancellationToken: ct);
    }

    private static UpdateDefinition<T> Pipeline<T>(BsonDocument set) =>
        new PipelineUpdateDefinition<T>(PipelineDefinition<T, T>.Create([new BsonDocument("$set", set)]));
}
