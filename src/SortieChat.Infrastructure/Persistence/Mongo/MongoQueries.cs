using System.Text.RegularExpressions;
using MongoDB.Bson;
using MongoDB.Driver;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Messages.Search;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>Every filter and sort the adapter issues, in one place so that a test renders each one.</summary>
internal static class MongoQueries
{
    private static FilterDefinitionBuilder<UserDocument> U => Builders<UserDocument>.Filter;

    private static FilterDefinitionBuilder<ChatDocument> C => Builders<ChatDocument>.Filter;

    private static FilterDefinitionBuilder<MessageDocument> M => Builders<MessageDocument>.Filter;

    public static FilterDefinition<UserDocument> UserById(string id) => U.Eq(u => u.Id, id);

    public static FilterDefinition<UserDocument> LocalUserByEmail(string email) => U.Eq(u => u.Kind, "local") & U.Eq(u => u.Email, email);

    public static FilterDefinition<UserDocument> UserByExternalSubject(string subject) => U.Eq(u => u.ExternalSubject, subject);

    public static FilterDefinition<UserDocument> UsersByIds(IEnumerable<string> ids) => U.In(u => u.Id, ids);

    public static FilterDefinition<SortieDocument> SortieById(string id) => Builders<SortieDocument>.Filter.Eq(s => s.Id, id);

    public static FilterDefinition<SortieDocument> SortiesByIds(IEnumerable<string> ids) => Builders<SortieDocument>.Filter.In(s => s.Id, ids);

    public static SortDefinition<SortieDocument> NewestSortiesFirst { get; } =
        Builders<SortieDocument>.Sort.Descending(s => s.CreatedAt).Descending(s => s.Id);

    public static FilterDefinition<ParticipationDocument> ParticipationById(string id) => Builders<ParticipationDocument>.Filter.Eq(p => p.Id, id);

    public static FilterDefinition<ParticipationDocument> ParticipationOf(string sortieId, string userId) =>
        Builders<ParticipationDocument>.Filter.Eq(p => p.SortieId, sortieId) & Builders<ParticipationDocument>.Filter.Eq(p => p.UserId, userId);

    public static FilterDefinition<ParticipationDocument> ParticipationsOfSortie(string sortieId) =>
        Builders<ParticipationDocument>.Filter.Eq(p => p.SortieId, sortieId);

    public static SortDefinition<ParticipationDocument> OldestParticipationsFirst { get; } =
        Builders<ParticipationDocument>.Sort.Ascending(p => p.CreatedAt).Ascending(p => p.Id);

    public static FilterDefinition<ChatDocument> ChatById(string id) => C.Eq(c => c.Id, id);

    public static FilterDefinition<ChatDocument> ChatBySortie(string sortieId) => C.Eq(c => c.SortieId, sortieId);

    public static FilterDefinition<ChatDocument> ChatsOfMember(string userId) => C.AnyEq(c => c.Members, userId);

    public static SortDefinition<ChatDocument> MostRecentChatsFirst { get; } =
        Builders<ChatDocument>.Sort.Descending(c => c.UpdatedAt).Descending(c => c.Id);

    /// <summary>By the rows' ids: one look-up of the primary index per user, whatever the room's size.</summary>
    public static FilterDefinition<ChatMemberDocument> MembersOfChat(string chatId, IReadOnlyCollection<string> userIds) => userIds.Count == 1
        ? Builders<ChatMemberDocument>.Filter.Eq(r => r.Id, ChatMemberDocument.IdOf(chatId, userIds.First()))
        : Builders<ChatMemberDocument>.Filter.In(r => r.Id, userIds.Select(userId => ChatMemberDocument.IdOf(chatId, userId)));

    public static FilterDefinition<ChatMemberDocument> ReadStatesOfChats(IEnumerable<string> chatIds) =>
        Builders<ChatMemberDocument>.Filter.In(r => r.ChatId, chatIds);

    public static FilterDefinition<MessageDocument> MessageById(string id) => M.Eq(m => m.Id, id);

    public static FilterDefinition<MessageDocument> MessagesByIds(IEnumerable<string> ids) => M.In(m => m.Id, ids);

    public static FilterDefinition<MessageDocument> MessageByClientId(string chatId, string senderId, string clientMessageId) =>
        M.Eq(m => m.ChatId, chatId) & M.Eq(m => m.SenderId, senderId) & M.Eq(m => m.ClientMessageId, clientMessageId);

    public static FilterDefinition<MessageDocument> MediaInUse(string url) => M.Eq(m => m.MediaUrl, url) | M.Eq(m => m.ThumbnailUrl, url);

    /// <summary>Seqs below the anchor (all when there is none), for the older directions.</summary>
    public static FilterDefinition<MessageDocument> Older(string chatId, long? anchorSeq) =>
        anchorSeq is { } anchor ? M.Eq(m => m.ChatId, chatId) & M.Lt(m => m.Seq, anchor) : M.Eq(m => m.ChatId, chatId);

    public static FilterDefinition<MessageDocument> Newer(string chatId, long anchorSeq) => M.Eq(m => m.ChatId, chatId) & M.Gt(m => m.Seq, anchorSeq);

    public static FilterDefinition<MessageDocument> ChangedAfter(string chatId, long changeSeq) =>
        M.Eq(m => m.ChatId, chatId) & M.Gt(m => m.ChangeSeq, changeSeq);

    /// <summary>Every full word with $all, the last one by an anchored (escaped) prefix regex; sort with <see cref="NewestFirst"/>.</summary>
    public static FilterDefinition<MessageDocument> Search(string chatId, SearchTerms terms, long belowSeq)
    {
        var filter = M.Eq(m => m.ChatId, chatId);
        if (terms.Words.Count > 0)
        {
            filter &= M.All(m => m.SearchTokens, terms.Words);
        }

        return filter & M.Regex(m => m.SearchTokens, new BsonRegularExpression("^" + Regex.Escape(terms.Prefix))) & M.Lt(m => m.Seq, belowSeq);
    }

    public static SortDefinition<MessageDocument> InChangeOrder { get; } = Builders<MessageDocument>.Sort.Ascending(m => m.ChangeSeq);

    /// <summary>The same $type test as the partial index's, so the query can use it.</summary>
    public static FilterDefinition<MessageDocument> PinnedIn(string chatId) => M.Eq(m => m.ChatId, chatId) & M.Type(m => m.PinnedAt, BsonType.DateTime);

    /// <summary>One clause per chat, each a range of the (mentions, chatId, seq) index.</summary>
    public static FilterDefinition<MessageDocument> UnreadMentionsOf(string userId, IEnumerable<ChatWatermark> chats) =>
        M.Or(chats.Select(c => M.AnyEq(m => m.Mentions, userId) & M.Eq(m => m.ChatId, c.ChatId) & M.Gt(m => m.Seq, c.LastReadSeq)));

    /// <summary>The messages above <paramref name="afterSeq"/> that mention anyone.</summary>
    public static FilterDefinition<MessageDocument> MentioningAfter(string chatId, long afterSeq) =>
        M.Eq(m => m.ChatId, chatId) & M.Gt(m => m.Seq, afterSeq) & M.SizeGt(m => m.Mentions, 0);

    public static SortDefinition<MessageDocument> NewestPinFirst { get; } = Builders<MessageDocument>.Sort.Descending(m => m.PinnedAt);

    public static SortDefinition<MessageDocument> NewestFirst { get; } = Builders<MessageDocument>.Sort.Descending(m => m.Seq);

    public static SortDefinition<MessageDocument> OldestFirst { get; } = Builders<MessageDocument>.Sort.Ascending(m => m.Seq);

    public static FilterDefinition<UploadDocument> UploadById(string id) => Builders<UploadDocument>.Filter.Eq(u => u.Id, id);

    public static FilterDefinition<UploadDocument> UploadByUrl(string mediaUrl) => Builders<UploadDocument>.Filter.Eq(u => u.MediaUrl, mediaUrl);

    public static FilterDefinition<UploadDocument> UploadsOf(string uploaderId) => Builders<UploadDocument>.Filter.Eq(u => u.UploaderId, uploaderId);

    /// <summary>One document { _id: uploaderId, bytes } (none when the user has no upload); $sum skips a missing size.</summary>
    public static PipelineDefinition<UploadDocument, BsonDocument> StoredBytesOf(string uploaderId) =>
        new EmptyPipelineDefinition<UploadDocument>()
            .Match(UploadsOf(uploaderId))
            .Group<UploadDocument, UploadDocument, BsonDocument>(new BsonDocument { { "_id", "$uploaderId" }, { "bytes", new BsonDocument("$sum", "$fileSize") } });

    public static FilterDefinition<UploadDocument> UnusedUploads(DateTimeOffset createdBefore) =>
        Builders<UploadDocument>.Filter.Eq(u => u.UsedAt, null) & Builders<UploadDocument>.Filter.Lt(u => u.CreatedAt, createdBefore);

    public static SortDefinition<UploadDocument> OldestUploadsFirst { get; } = Builders<UploadDocument>.Sort.Ascending(u => u.CreatedAt);
}
