using Microsoft.Data.Sqlite;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Common;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The unit of work of one request scope. Inside a command, the first read opens the write transaction
/// (BEGIN IMMEDIATE, behind the write gate), so everything the handler reads is what it then writes over;
/// the commit turns the raised events into rows. Outside a command, each read takes a pooled connection and gives it back.
/// </summary>
internal sealed class SqliteUnitOfWork(SqliteDatabase database, SqliteEventWriter writer) : IUnitOfWork, IAsyncDisposable, IDisposable
{
    private readonly List<AggregateRoot> tracked = [];
    private bool inCommand;
    private SqliteScope? write;

    public ValueTask BeginAsync(CancellationToken cancellationToken)
    {
        if (inCommand)
        {
            throw new InvalidOperationException("A command is already running in this scope.");
        }

        inCommand = true;
        return ValueTask.CompletedTask;
    }

    public async Task<SqliteScope> ScopeAsync(CancellationToken cancellationToken)
    {
        if (inCommand)
        {
            return write ??= await OpenWriteAsync(cancellationToken);
        }

        return new SqliteScope(await database.OpenAsync(cancellationToken), null, OwnsConnection: true);
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

    /// <summary>Aggregates loaded or added during a command: their events are written at commit.</summary>
    public void Track(AggregateRoot aggregate)
    {
        if (inCommand && !tracked.Contains(aggregate))
        {
            tracked.Add(aggregate);
        }
    }

    public async ValueTask CommitAsync(Action<IReadOnlyList<IDomainEvent>> publishInCommitOrder, CancellationToken cancellationToken)
    {
        var events = tracked.SelectMany(a => a.DomainEvents).ToList();
        if (events.Count > 0)
        {
            var scope = await ScopeAsync(cancellationToken);
            foreach (var domainEvent in events)
            {
                await writer.WriteAsync(scope, domainEvent, cancellationToken);
            }

            await scope.Transaction!.CommitAsync(cancellationToken);
            // Still holding the write gate: the events are queued in the order the commits happened.
            publishInCommitOrder(events);
        }

        await EndCommandAsync();
    }

    public async ValueTask RollbackAsync()
    {
        try
        {
            if (write?.Transaction is { Connection: not null } transaction)
            {
                await transaction.RollbackAsync();
            }
        }
        finally
        {
            await EndCommandAsync();
        }
    }

    public ValueTask DisposeAsync() => RollbackAsync();

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

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

    private async Task EndCommandAsync()
    {
        foreach (var aggregate in tracked)
        {
            aggregate.ClearDomainEvents();
        }

        tracked.Clear();
        inCommand = false;
        if (write is { } scope)
        {
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
    }
}
