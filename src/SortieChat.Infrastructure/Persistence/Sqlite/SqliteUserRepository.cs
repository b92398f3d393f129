using System.Text.Json;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Users;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteUserRepository(SqliteUnitOfWork unitOfWork) : IUserRepository
{
    public Task<User?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
        FindAsync(SqliteQueries.UserById, ("$id", id), cancellationToken);

    public Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        FindAsync(SqliteQueries.UserByEmail, ("$email", normalizedEmail), cancellationToken);

    public async Task<IReadOnlyDictionary<string, User>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, User>();
        }

        var db = await unitOfWork.ScopeAsync(cancellationToken);
        var users = await db.QueryAsync(SqliteQueries.UsersByIds, SqliteRows.ReadUser, cancellationToken, ("$ids", JsonSerializer.Serialize(ids)));
        users.ForEach(unitOfWork.Track);
        return users.ToDictionary(u => u.Id);
    }

    public void Add(User user) => unitOfWork.Track(user);

    private async Task<User?> FindAsync(string sql, (string, object?) parameter, CancellationToken cancellationToken)
    {
        var db = await unitOfWork.ScopeAsync(cancellationToken);
        var user = await db.QuerySingleAsync(sql, SqliteRows.ReadUser, cancellationToken, parameter);
        if (user is not null)
        {
            unitOfWork.Track(user);
        }

        return user;
    }
}
