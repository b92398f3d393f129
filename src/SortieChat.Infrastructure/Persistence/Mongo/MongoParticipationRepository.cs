using MongoDB.Driver;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Participations;

namespace SortieChat.Infrastructure.Persistence.Mongo;

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
