using Microsoft.Data.Sqlite;
using SortieChat.Domain.Common;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The unit of work of one request scope on SQLite. Inside a command, the first read takes the write turn and opens
/// the command's savepoint in the shared write transaction (<see cref="SqliteGroupCommit"/>), so everything the
/// handler reads is what it then writes over; the commit turns the raised events into rows and waits for the
/// batch's synced commit. Outside a command, each read takes a pooled connection and gives it back.
/// </summary>
internal sealed class SqliteUnitOfWork(SqliteDatabase database, SqliteGroupCommit groupCommit, SqliteEventWriter writer, SqliteWebhookOutboxWriter outbox)
    : TrackingUnitOfWork
{
    private SqliteScope? write;

    public async Task<SqliteScope> ScopeAsync(CancellationToken cancellationToken)
    {
        if (InCommand)
        {
            return write ??= await groupCommit.EnterAsync(cancellationToken);
        }

        return await database.ReadScopeAsync(cancellationToken);
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

    protected override async Task WriteAndCommitAsync(IReadOnlyList<IDomainEvent> events, Action publish, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(cancellationToken);
        foreach (var domainEvent in events)
        {
            await writer.WriteAsync(scope, domainEvent, cancellationToken);
            await SqliteSearchIndex.WriteAsync(scope, domainEvent, cancellationToken);
        }

        await outbox.WriteAsync(scope, events, Tracked, cancellationToken);

        // The turn goes to the next command here; this one is answered once its batch is durable.
        write = null;
        await groupCommit.CompleteAsync(publish);
    }

    protected override ValueTask AbortAsync() => ReleaseAsync();

    protected override async ValueTask ReleaseAsync()
    {
        if (write is null)
        {
            return;
        }

        write = null;
        await groupCommit.AbandonAsync();
    }
}
