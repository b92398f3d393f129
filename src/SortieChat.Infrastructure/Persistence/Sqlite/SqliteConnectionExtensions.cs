using Microsoft.Data.Sqlite;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// A connection, and the command's transaction when there is one. A read scope owns its pooled connection and
/// gives it back when disposed; the command's scope lives until the command ends.
/// </summary>
internal sealed record SqliteScope(SqliteConnection Connection, SqliteTransaction? Transaction, bool OwnsConnection = false) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => OwnsConnection ? Connection.DisposeAsync() : ValueTask.CompletedTask;

    public SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, SqliteValues.ToDb(value));
        }

        return command;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<List<T>> QueryAsync<T>(
        string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public async Task<T?> QuerySingleAsync<T>(
        string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        where T : class =>
        (await QueryAsync(sql, read, cancellationToken, parameters)).SingleOrDefault();
}
