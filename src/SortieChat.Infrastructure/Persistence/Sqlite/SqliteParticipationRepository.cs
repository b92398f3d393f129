using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Participations;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteParticipationRepository(SqliteUnitOfWork unitOfWork) : IParticipationRepository
{
    public Task<Participation?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
        unitOfWork.LoadAsync(SqliteQueries.ParticipationById, SqliteRows.ReadParticipation, cancellationToken, ("$id", id));

    public Task<Participation?> FindAsync(string sortieId, string userId, CancellationToken cancellationToken) =>
        unitOfWork.LoadAsync(SqliteQueries.ParticipationBySortieAndUser, SqliteRows.ReadParticipation, cancellationToken, ("$sortie", sortieId), ("$user", userId));

    public async Task<IReadOnlyList<Participation>> ListBySortieAsync(string sortieId, CancellationToken cancellationToken)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        return await db.QueryAsync(SqliteQueries.ParticipationsBySortie, SqliteRows.ReadParticipation, cancellationToken, ("$sortie", sortieId));
    }

    public void Add(Participation participation) => unitOfWork.Track(participation);
}
