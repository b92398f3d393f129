using Microsoft.Data.Sqlite;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// A connection, and the command's transaction when there is one. A read scope owns its pooled connection and
/// gives it back when disposed; the command's scope lives until the command ends. The writer's scope carries the
/// writer connection's <paramref name="Statements"/>: each SQL text is prepared once and reused for every command.
/// </summary>
internal sealed record SqliteScope(
    SqliteConnection Connection, SqliteTransaction? Transaction, bool OwnsConnection = false, Dictionary<string, SqliteCommand>? Statements = null)
    : IAsyncDisposable
{
    public ValueTask DisposeAsync() => OwnsConnection ? Connection.DisposeAsync() : ValueTask.CompletedTask;

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql, parameters);
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await ReleaseAsync(command);
        }
    }

    public async Task<List<T>> QueryAsync<T>(
        string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql, parameters);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        finally
        {
            await ReleaseAsync(command);
        }
    }

    public async Task<T?> QuerySingleAsync<T>(
        string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        where T : class =>
        (await QueryAsync(sql, read, cancellationToken, parameters)).SingleOrDefault();

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        SqliteCommand command;
        if (Statements is null || (Statements.Count >= MaxStatements && !Statements.ContainsKey(sql)))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
        }
        else if (!Statements.TryGetValue(sql, out command!))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            Statements[sql] = command;
        }
        else
        {
            command.Parameters.Clear();
        }

        command.Transaction = Transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, SqliteValues.ToDb(value));
        }

        return command;
    }

    /// <summary>Every SQL text of the stores is a constant; the bound only guards against a future dynamic one.</summary>
    private const int MaxStatements = 256;

    private ValueTask ReleaseAsync(SqliteCommand command) =>
        Statements is not null && Statements.TryGetValue(command.CommandText, out var cached) && ReferenceEquals(cached, command)
            ? ValueTask.CompletedTask
            : command.DisposeAsync();
}
