using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Sorties;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteSortieRepository(SqliteUnitOfWork unitOfWork) : ISortieRepository
{
    public Task<Sortie?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
        unitOfWork.LoadAsync(SqliteQueries.SortieById, SqliteRows.ReadSortie, cancellationToken, ("$id", id));

    public async Task<IReadOnlyList<Sortie>> ListForMemberAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        return await db.QueryAsync(SqliteQueries.SortiesOfMember, SqliteRows.ReadSortie, cancellationToken, ("$user", userId));
    }

    public void Add(Sortie sortie) => unitOfWork.Track(sortie);
}
