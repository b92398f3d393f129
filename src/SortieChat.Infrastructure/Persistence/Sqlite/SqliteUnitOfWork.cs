using Microsoft.Data.Sqlite;
using SortieChat.Domain.Common;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The unit of work of one request scope on SQLite. Inside a command, the first read opens the write transaction
/// (BEGIN IMMEDIATE, behind the write gate), so everything the handler reads is what it then writes over;
/// the commit turns the raised events into rows. Outside a command, each read takes a pooled connection and gives it back.
/// </summary>
internal sealed class SqliteUnitOfWork(SqliteDatabase database, SqliteEventWriter writer) : TrackingUnitOfWork
{
    private SqliteScope? write;

    public async Task<SqliteScope> ScopeAsync(CancellationToken cancellationToken)
    {
        if (InCommand)
        {
            return write ??= await OpenWriteAsync(cancellationToken);
        }

        return new SqliteScope(await database.OpenAsync(cancellationToken, forWriting: false), null, OwnsConnection: true);
    }

    /// <summary>Loads one aggregate (or none) and tracks it, so that its events are written at commit.</summary>
    public async Task<T?> LoadAsync<T>(
        string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        where T : AggregateRoot
    {
        await using var scope = await ScopeAsync(cancellationToken);
        var aggregate = await scope.QuerySingleAsync(sql, read, cancellationToken, parameters);
        if (aggregate is not null)
        {
            Track(aggregate);
        }

        return aggregate;
    }

    protected override async Task WriteAndCommitAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        foreach (var domainEvent in events)
        {
            await writer.WriteAsync(scope, domainEvent, cancellationToken);
        }

        await scope.Transaction!.CommitAsync(cancellationToken);
    }

    protected override async ValueTask AbortAsync()
    {
        if (write?.Transaction is { Connection: not null } transaction)
        {
            await transaction.RollbackAsync();
        }
    }

    protected override async ValueTask ReleaseAsync()
    {
        if (write is not { } scope)
        {
            return;
        }

        write = null;
        try
        {
            await scope.Transaction!.DisposeAsync();
            await scope.Connection.DisposeAsync();
        }
        finally
        {
            database.WriteGate.Release();
        }
    }

    private async Task<SqliteScope> OpenWriteAsync(CancellationToken cancellationToken)
    {
        await database.WriteGate.WaitAsync(cancellationToken);
        try
        {
            var connection = await database.OpenAsync(cancellationToken);
            return new SqliteScope(connection, connection.BeginTransaction(deferred: false));
        }
        catch
        {
            database.WriteGate.Release();
            throw;
        }
    }
}
