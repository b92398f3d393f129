using MongoDB.Driver;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>Every update the adapter issues (rendered in the server-less tests).</summary>
internal static class MongoUpdates
{
    private static UpdateDefinitionBuilder<ChatDocument> Chat => Builders<ChatDocument>.Update;

    public static UpdateDefinition<UserDocument> Deactivate(DateTimeOffset at) => Builders<UserDocument>.Update.Set(u => u.DeactivatedAt, at);

    public static UpdateDefinition<SortieDocument> AcceptedCount(int count) => Builders<SortieDocument>.Update.Set(s => s.AcceptedCount, count);

    public static FilterDefinition<ParticipationDocument> ParticipationIn(string id, string status) =>
        Builders<ParticipationDocument>.Filter.Eq(p => p.Id, id) & Builders<ParticipationDocument>.Filter.Eq(p => p.Status, status);

    public static UpdateDefinition<ParticipationDocument> Status(string status, DateTimeOffset at) =>
        Builders<ParticipationDocument>.Update.Set(p => p.Status, status).Set(p => p.UpdatedAt, at);

    public static FilterDefinition<ChatDocument> ChatAtSeq(string chatId, long seq, long changeSeq) =>
        Builders<ChatDocument>.Filter.Eq(c => c.Id, chatId) & Builders<ChatDocument>.Filter.Eq(c => c.LastSeq, seq)
        & Builders<ChatDocument>.Filter.Eq(c => c.ChangeSeq, changeSeq);

    public static UpdateDefinition<ChatDocument> NextSeq(string messageId, DateTimeOffset at) =>
        Chat.Inc(c => c.LastSeq, 1).Inc(c => c.ChangeSeq, 1).Set(c => c.LastMessageId, messageId).Set(c => c.UpdatedAt, at);

    public static FilterDefinition<ChatDocument> ChatAtChange(string chatId, long changeSeq) =>
        Builders<ChatDocument>.Filter.Eq(c => c.Id, chatId) & Builders<ChatDocument>.Filter.Eq(c => c.ChangeSeq, changeSeq);

    public static UpdateDefinition<ChatDocument> NextChange() => Chat.Inc(c => c.ChangeSeq, 1);

    public static UpdateDefinition<ChatDocument> AddMember(string userId) => Chat.AddToSet(c => c.Members, userId);

    public static UpdateDefinition<ChatDocument> RemoveMember(string userId) => Chat.Pull(c => c.Members, userId);

    public static UpdateDefinition<ChatDocument> SlowMode(int seconds, DateTimeOffset at) =>
        Chat.Set(c => c.CooldownSeconds, seconds).Set(c => c.UpdatedAt, at);

    public static FilterDefinition<ChatMemberDocument> ReadStateOf(string chatId, string userId) =>
        Builders<ChatMemberDocument>.Filter.Eq(r => r.Id, ChatMemberDocument.IdOf(chatId, userId));

    /// <summary>$max: a watermark never moves backwards, whatever order the writes come in.</summary>
    public static UpdateDefinition<ChatMemberDocument> ReadUpTo(long seq) => Builders<ChatMemberDocument>.Update.Max(r => r.LastReadSeq, seq);

    public static UpdateDefinition<ChatMemberDocument> Sent(long seq, DateTimeOffset at) =>
        Builders<ChatMemberDocument>.Update.Max(r => r.LastReadSeq, seq).Set(r => r.LastSentAt, at);

    /// <summary>Guarded by <c>isDiscarding: false</c>: an upload whose files are going is never shown.</summary>
    public static FilterDefinition<UploadDocument> AttachableUpload(string id) =>
        Builders<UploadDocument>.Filter.Eq(u => u.Id, id) & Builders<UploadDocument>.Filter.Eq(u => u.IsDiscarding, false);

    public static UpdateDefinition<UploadDocument> Used(DateTimeOffset at) => Builders<UploadDocument>.Update.Set(u => u.UsedAt, at);

    /// <summary>Guarded by <c>usedAt: null</c>: an upload a message shows is never discarded.</summary>
    public static FilterDefinition<UploadDocument> UnusedUpload(string id) =>
        Builders<UploadDocument>.Filter.Eq(u => u.Id, id) & Builders<UploadDocument>.Filter.Eq(u => u.UsedAt, null);

    public static UpdateDefinition<UploadDocument> Discarding() => Builders<UploadDocument>.Update.Set(u => u.IsDiscarding, true);
}
