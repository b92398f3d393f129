using MongoDB.Bson;
using MongoDB.Driver;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>Every index, one per query path (created at startup, idempotently; rendered in the server-less tests).</summary>
internal static class MongoIndexes
{
    private static readonly Collation CaseInsensitive = new("en", strength: CollationStrength.Secondary);

    public static IReadOnlyList<CreateIndexModel<UserDocument>> Users { get; } =
    [
        new(Builders<UserDocument>.IndexKeys.Ascending(u => u.Email), new CreateIndexOptions<UserDocument>
        {
            Name = "ux_users_email",
            Unique = true,
            Collation = CaseInsensitive,
            PartialFilterExpression = Builders<UserDocument>.Filter.Eq(u => u.Kind, "local"),
        }),
        new(Builders<UserDocument>.IndexKeys.Ascending(u => u.ExternalSubject), new CreateIndexOptions<UserDocument>
        {
            Name = "ux_users_external_subject",
            Unique = true,
            PartialFilterExpression = Builders<UserDocument>.Filter.Type(u => u.ExternalSubject, BsonType.String),
        }),
    ];

    public static IReadOnlyList<CreateIndexModel<ParticipationDocument>> Participations { get; } =
    [
        new(Builders<ParticipationDocument>.IndexKeys.Ascending(p => p.SortieId).Ascending(p => p.UserId),
            new CreateIndexOptions { Name = "ux_participations_sortie_user", Unique = true }),
    ];

    public static IReadOnlyList<CreateIndexModel<ChatDocument>> Chats { get; } =
    [
        new(Builders<ChatDocument>.IndexKeys.Ascending(c => c.SortieId), new CreateIndexOptions { Name = "ux_chats_sortie", Unique = true }),
        new(Builders<ChatDocument>.IndexKeys.Ascending(c => c.Members).Descending(c => c.UpdatedAt), new CreateIndexOptions { Name = "ix_chats_members" }),
    ];

    public static IReadOnlyList<CreateIndexModel<ChatMemberDocument>> ReadStates { get; } =
    [
        new(Builders<ChatMemberDocument>.IndexKeys.Ascending(r => r.ChatId).Ascending(r => r.UserId),
            new CreateIndexOptions { Name = "ux_read_states_chat_user", Unique = true }),
    ];

    public static IReadOnlyList<CreateIndexModel<MessageDocument>> Messages { get; } =
    [
        new(Builders<MessageDocument>.IndexKeys.Ascending(m => m.ChatId).Ascending(m => m.Seq), new CreateIndexOptions { Name = "ux_messages_chat_seq", Unique = true }),
        new(Builders<MessageDocument>.IndexKeys.Ascending(m => m.ChatId).Ascending(m => m.ChangeSeq), new CreateIndexOptions { Name = "ux_messages_chat_change", Unique = true }),
        new(Builders<MessageDocument>.IndexKeys.Ascending(m => m.ChatId).Ascending(m => m.SenderId).Ascending(m => m.ClientMessageId),
            new CreateIndexOptions<MessageDocument>
            {
                Name = "ux_messages_client_id",
                Unique = true,
                PartialFilterExpression = Builders<MessageDocument>.Filter.Type(m => m.ClientMessageId, BsonType.String),
            }),
        new(Builders<MessageDocument>.IndexKeys.Ascending(m => m.Mentions).Ascending(m => m.ChatId).Ascending(m => m.Seq),
            new CreateIndexOptions { Name = "ix_messages_mentions" }),
        new(Builders<MessageDocument>.IndexKeys.Ascending(m => m.ChatId).Descending(m => m.PinnedAt), new CreateIndexOptions<MessageDocument>
        {
            Name = "ix_messages_pinned",
            PartialFilterExpression = Builders<MessageDocument>.Filter.Type(m => m.PinnedAt, BsonType.DateTime),
        }),
        new(Builders<MessageDocument>.IndexKeys.Ascending(m => m.ChatId).Ascending(m => m.SearchTokens), new CreateIndexOptions { Name = "ix_messages_search" }),
        new(Builders<MessageDocument>.IndexKeys.Ascending(m => m.MediaUrl), new CreateIndexOptions<MessageDocument>
        {
            Name = "ix_messages_media_url",
            PartialFilterExpression = Builders<MessageDocument>.Filter.Type(m => m.MediaUrl, BsonType.String),
        }),
        new(Builders<MessageDocument>.IndexKeys.Ascending(m => m.ThumbnailUrl), new CreateIndexOptions<MessageDocument>
        {
            Name = "ix_messages_thumbnail_url",
            PartialFilterExpression = Builders<MessageDocument>.Filter.Type(m => m.ThumbnailUrl, BsonType.String),
        }),
    ];

    public static IReadOnlyList<CreateIndexModel<UploadDocument>> Uploads { get; } =
    [
        new(Builders<UploadDocument>.IndexKeys.Ascending(u => u.MediaUrl), new CreateIndexOptions { Name = "ux_uploads_media_url", Unique = true }),
        new(Builders<UploadDocument>.IndexKeys.Ascending(u => u.UploaderId), new CreateIndexOptions { Name = "ix_uploads_uploader" }),
        new(Builders<UploadDocument>.IndexKeys.Ascending(u => u.UsedAt).Ascending(u => u.CreatedAt), new CreateIndexOptions { Name = "ix_uploads_unused" }),
    ];

    public static async Task CreateAllAsync(MongoCollections c, CancellationToken ct)
    {
        await c.Users.Indexes.CreateManyAsync(Users, ct);
        await c.Participations.Indexes.CreateManyAsync(Participations, ct);
        await c.Chats.Indexes.CreateManyAsync(Chats, ct);
        await c.ReadStates.Indexes.CreateManyAsync(ReadStates, ct);
        await c.Messages.Indexes.CreateManyAsync(Messages, ct);
        await c.Uploads.Indexes.CreateManyAsync(Uploads, ct);
        await new MongoWebhookCollections(c.Database).CreateIndexesAsync(ct);
        await MongoPushSubscriptionStore.Collection(c.Database).Indexes.CreateOneAsync(MongoPushSubscriptionStore.ByUser, cancellationToken: ct);
        await MongoChatMuteStore.Collection(c.Database).Indexes.CreateOneAsync(MongoChatMuteStore.ByChat, cancellationToken: ct);
    }
}
