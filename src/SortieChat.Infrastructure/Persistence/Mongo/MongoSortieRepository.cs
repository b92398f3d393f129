using MongoDB.Driver;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Sorties;

namespace SortieChat.Infrastructure.Persistence.Mongo;

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
