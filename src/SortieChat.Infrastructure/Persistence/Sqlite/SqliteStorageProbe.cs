using SortieChat.Application.Abstractions.Persistence;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteStorageProbe(SqliteDatabase database) : IStorageProbe
{
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken, forWriting: false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema";
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
