using System.Text.Json;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Users;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteUserRepository(SqliteUnitOfWork unitOfWork) : IUserRepository
{
    public Task<User?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
        unitOfWork.LoadAsync(SqliteQueries.UserById, SqliteRows.ReadUser, cancellationToken, ("$id", id));

    public Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        unitOfWork.LoadAsync(SqliteQueries.UserByEmail, SqliteRows.ReadUser, cancellationToken, ("$email", normalizedEmail));

    public Task<User?> FindByExternalSubjectAsync(string subject, CancellationToken cancellationToken) =>
        unitOfWork.LoadAsync(SqliteQueries.UserByExternalSubject, SqliteRows.ReadUser, cancellationToken, ("$subject", subject));

    public async Task<IReadOnlyDictionary<string, User>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, User>();
        }

        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        var users = await db.QueryAsync(SqliteQueries.UsersByIds, SqliteRows.ReadUser, cancellationToken, ("$ids", JsonSerializer.Serialize(ids)));
        users.ForEach(unitOfWork.Track);
        return users.ToDictionary(u => u.Id);
    }

    public void Add(User user) => unitOfWork.Track(user);
}
