using MongoDB.Driver;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Chats;

namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class MongoChatRepository(MongoUnitOfWork unitOfWork) : MongoRepository(unitOfWork), IChatRepository
{
    public Task<Chat?> FindByIdAsync(string id, CancellationToken ct) => FindOneAsync(MongoQueries.ChatById(id), ct);

    public Task<Chat?> FindBySortieIdAsync(string sortieId, CancellationToken ct) => FindOneAsync(MongoQueries.ChatBySortie(sortieId), ct);

    public Task<Chat?> FindForPostingAsync(string sortieId, string userId, IReadOnlyCollection<string> mentioned, CancellationToken ct) =>
        FindOneAsync(MongoQueries.ChatBySortie(sortieId), ct, chatId => MongoQueries.MembersOfChat(chatId, [userId, .. mentioned]));

    public async Task<IReadOnlyList<Chat>> ListForMemberAsync(string userId, CancellationToken ct)
    {
        var chats = await FindAsync(C.Chats, MongoQueries.ChatsOfMember(userId), ct, MongoQueries.MostRecentChatsFirst);
        var members = (await FindAsync(C.ReadStates, MongoQueries.ReadStatesOfChats(chats.Select(c => c.Id)), ct)).ToLookup(r => r.ChatId);
        return [.. chats.Select(c => MongoRows.ToChat(c, members[c.Id]))];
    }

    public void Add(Chat chat) => UnitOfWork.Track(chat);

    private async Task<Chat?> FindOneAsync(
        FilterDefinition<ChatDocument> filter, CancellationToken ct, Func<string, FilterDefinition<ChatMemberDocument>>? members = null)
    {
        if ((await FindAsync(C.Chats, filter, ct, limit: 1)).FirstOrDefault() is not { } chat)
        {
            return null;
        }

        var rows = await FindAsync(C.ReadStates, members?.Invoke(chat.Id) ?? MongoQueries.ReadStatesOfChats([chat.Id]), ct);
        return Tracked(MongoRows.ToChat(chat, rows));
    }
}
