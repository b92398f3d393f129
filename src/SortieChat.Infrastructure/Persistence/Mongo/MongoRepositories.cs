using MongoDB.Driver;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;
using SortieChat.Domain.Users;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>Reads in the command's transaction when there is one; the aggregates they return are tracked.</summary>
internal abstract class MongoRepository(MongoUnitOfWork unitOfWork)
{
    protected MongoUnitOfWork UnitOfWork { get; } = unitOfWork;

    protected MongoCollections C => UnitOfWork.Collections;

    protected async Task<List<TDocument>> FindAsync<TDocument>(
        IMongoCollection<TDocument> collection, FilterDefinition<TDocument> filter, CancellationToken ct,
        SortDefinition<TDocument>? sort = null, int? skip = null, int? limit = null)
    {
        var session = await UnitOfWork.SessionAsync(ct);
        var find = session is null ? collection.Find(filter) : collection.Find(session, filter);
        return await find.Sort(sort).Skip(skip).Limit(limit).ToListAsync(ct);
    }

    protected T? Tracked<T>(T? aggregate)
        where T : AggregateRoot
    {
        if (aggregate is not null)
        {
            UnitOfWork.Track(aggregate);
        }

        return aggregate;
    }
}

internal sealed class MongoUserRepository(MongoUnitOfWork unitOfWork) : MongoRepository(unitOfWork), IUserRepository
{
    public async Task<User?> FindByIdAsync(string id, CancellationToken ct) => await FindOneAsync(MongoQueries.UserById(id), ct);

    public async Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken ct) => await FindOneAsync(MongoQueries.LocalUserByEmail(normalizedEmail), ct);

    public async Task<User?> FindByExternalSubjectAsync(string subject, CancellationToken ct) => await FindOneAsync(MongoQueries.UserByExternalSubject(subject), ct);

    public async Task<IReadOnlyDictionary<string, User>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0 ? new Dictionary<string, User>() : (await FindAsync(C.Users, MongoQueries.UsersByIds(ids), ct)).Select(MongoRows.ToUser).ToDictionary(u => u.Id);

    public void Add(User user) => UnitOfWork.Track(user);

    private async Task<User?> FindOneAsync(FilterDefinition<UserDocument> filter, CancellationToken ct) =>
        Tracked((await FindAsync(C.Users, filter, ct, limit: 1)).Select(MongoRows.ToUser).FirstOrDefault());
}

internal sealed class MongoSortieRepository(MongoUnitOfWork unitOfWork) : MongoRepository(unitOfWork), ISortieRepository
{
    public async Task<Sortie?> FindByIdAsync(string id, CancellationToken ct) =>
        Tracked((await FindAsync(C.Sorties, MongoQueries.SortieById(id), ct, limit: 1)).Select(MongoRows.ToSortie).FirstOrDefault());

    public async Task<IReadOnlyList<Sortie>> ListForMemberAsync(string userId, CancellationToken ct)
    {
        var chats = await FindAsync(C.Chats, MongoQueries.ChatsOfMember(userId), ct);
        var sorties = await FindAsync(C.Sorties, MongoQueries.SortiesByIds(chats.Select(c => c.SortieId)), ct, MongoQueries.NewestSortiesFirst);
        return [.. sorties.Select(MongoRows.ToSortie)];
    }

    public void Add(Sortie sortie) => UnitOfWork.Track(sortie);
}

internal sealed class MongoParticipationRepository(MongoUnitOfWork unitOfWork) : MongoRepository(unitOfWork), IParticipationRepository
{
    public async Task<Participation?> FindByIdAsync(string id, CancellationToken ct) => await FindOneAsync(MongoQueries.ParticipationById(id), ct);

    public async Task<Participation?> FindAsync(string sortieId, string userId, CancellationToken ct) =>
        await FindOneAsync(MongoQueries.ParticipationOf(sortieId, userId), ct);

    public async Task<IReadOnlyList<Participation>> ListBySortieAsync(string sortieId, CancellationToken ct) =>
        [.. (await FindAsync(C.Participations, MongoQueries.ParticipationsOfSortie(sortieId), ct, MongoQueries.OldestParticipationsFirst)).Select(MongoRows.ToParticipation)];

    public void Add(Participation participation) => UnitOfWork.Track(participation);

    private async Task<Participation?> FindOneAsync(FilterDefinition<ParticipationDocument> filter, CancellationToken ct) =>
        Tracked((await FindAsync(C.Participations, filter, ct, limit: 1)).Select(MongoRows.ToParticipation).FirstOrDefault());
}

internal sealed class MongoChatRepository(MongoUnitOfWork unitOfWork) : MongoRepository(unitOfWork), IChatRepository
{
    public Task<Chat?> FindByIdAsync(string id, CancellationToken ct) => FindOneAsync(MongoQueries.ChatById(id), ct);

    public Task<Chat?> FindBySortieIdAsync(string sortieId, CancellationToken ct) => FindOneAsync(MongoQueries.ChatBySortie(sortieId), ct);

    public async Task<IReadOnlyList<Chat>> ListForMemberAsync(string userId, CancellationToken ct)
    {
        var chats = await FindAsync(C.Chats, MongoQueries.ChatsOfMember(userId), ct, MongoQueries.MostRecentChatsFirst);
        var members = (await FindAsync(C.ReadStates, MongoQueries.ReadStatesOfChats(chats.Select(c => c.Id)), ct)).ToLookup(r => r.ChatId);
        return [.. chats.Select(c => MongoRows.ToChat(c, members[c.Id]))];
    }

    public void Add(Chat chat) => UnitOfWork.Track(chat);

    private async Task<Chat?> FindOneAsync(FilterDefinition<ChatDocument> filter, CancellationToken ct)
    {
        if ((await FindAsync(C.Chats, filter, ct, limit: 1)).FirstOrDefault() is not { } chat)
        {
            return null;
        }

        var members = await FindAsync(C.ReadStates, MongoQueries.ReadStatesOfChats([chat.Id]), ct);
        return Tracked(MongoRows.ToChat(chat, members));
    }
}

internal sealed class MongoMessageRepository(MongoUnitOfWork unitOfWork) : MongoRepository(unitOfWork), IMessageRepository
{
    public async Task<Message?> FindByIdAsync(string id, CancellationToken ct) => await FindOneAsync(MongoQueries.MessageById(id), ct);

    public async Task<Message?> FindByClientMessageIdAsync(string chatId, string senderId, string clientMessageId, CancellationToken ct) =>
        await FindOneAsync(MongoQueries.MessageByClientId(chatId, senderId, clientMessageId), ct);

    public async Task<IReadOnlyDictionary<string, Message>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0 ? new Dictionary<string, Message>() : (await FindAsync(C.Messages, MongoQueries.MessagesByIds(ids), ct)).Select(MongoRows.ToMessage).ToDictionary(m => m.Id);

    public async Task<bool> IsMediaInUseAsync(string url, CancellationToken ct) => (await FindAsync(C.Messages, MongoQueries.MediaInUse(url), ct, limit: 1)).Count > 0;

    public async Task<MessageSlice> GetWindowAsync(string chatId, MessageWindow window, CancellationToken ct)
    {
        var documents = window.Direction == PageDirection.Newer
            ? await FindAsync(C.Messages, MongoQueries.Newer(chatId, window.AnchorSeq ?? 0), ct, MongoQueries.OldestFirst, window.Skip, window.Limit + 1)
            : await FindAsync(C.Messages, MongoQueries.Older(chatId, window.AnchorSeq), ct, MongoQueries.NewestFirst, window.Skip, window.Limit + 1);
        var page = documents.Take(window.Limit).Select(MongoRows.ToMessage);
        return new MessageSlice([.. window.Direction == PageDirection.Older ? page.Reverse() : page], documents.Count > window.Limit);
    }

    private async Task<Message?> FindOneAsync(FilterDefinition<MessageDocument> filter, CancellationToken ct) =>
        Tracked((await FindAsync(C.Messages, filter, ct, limit: 1)).Select(MongoRows.ToMessage).FirstOrDefault());
}
