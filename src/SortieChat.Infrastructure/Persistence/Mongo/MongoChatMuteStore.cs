using MongoDB.Driver;
using SortieChat.Application.Abstractions.Push;

namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class MongoChatMuteStore(MongoContext mongo) : IChatMuteStore
{
    public static readonly CreateIndexModel<ChatMuteDocument> ByChat =
        new(Builders<ChatMuteDocument>.IndexKeys.Ascending(d => d.ChatId), new CreateIndexOptions { Name = "ix_chat_mutes_chat" });

    private readonly IMongoCollection<ChatMuteDocument> mutes = Collection(mongo.Collections.Database);

    public static IMongoCollection<ChatMuteDocument> Collection(IMongoDatabase database) => database.GetCollection<ChatMuteDocument>("chatMutes");

    public Task SetAsync(string chatId, string userId, bool muted, CancellationToken cancellationToken)
    {
        var id = IdOf(chatId, userId);
        return muted
            ? mutes.ReplaceOneAsync(d => d.Id == id, new ChatMuteDocument { Id = id, ChatId = chatId, UserId = userId }, new ReplaceOptions { IsUpsert = true }, cancellationToken)
            : mutes.DeleteOneAsync(d => d.Id == id, cancellationToken);
    }

    public async Task<IReadOnlySet<string>> MutedUsersAsync(string chatId, CancellationToken cancellationToken) =>
        (await mutes.Find(d => d.ChatId == chatId).Project(d => d.UserId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    public async Task<IReadOnlySet<string>> MutedChatsAsync(string userId, IReadOnlyCollection<string> chatIds, CancellationToken cancellationToken)
    {
        if (chatIds.Count == 0)
        {
            return new HashSet<string>();
        }

        var ids = chatIds.Select(chatId => IdOf(chatId, userId)).ToList();
        return (await mutes.Find(d => ids.Contains(d.Id)).Project(d => d.ChatId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    private static string IdOf(string chatId, string userId) => chatId + "\n" + userId;
}
