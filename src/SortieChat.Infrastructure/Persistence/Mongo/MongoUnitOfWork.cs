using MongoDB.Driver;
using SortieChat.Domain.Common;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>
/// The unit of work of one request scope on MongoDB: inside a command, the first read starts a session with a
/// snapshot transaction (behind this instance's write gate); the commit writes the raised events in it. A
/// transient transaction error becomes a <see cref="StoreConflictException"/>, and the command runs again.
/// </summary>
internal sealed class MongoUnitOfWork(MongoContext mongo, MongoEventWriter writer, MongoWebhookOutboxWriter outbox) : TrackingUnitOfWork
{
    private IClientSessionHandle? session;

    public MongoCollections Collections => mongo.Collections;

    /// <summary>The command's session (in its transaction), or null outside a command.</summary>
    public async Task<IClientSessionHandle?> SessionAsync(CancellationToken cancellationToken)
    {
        if (!InCommand)
        {
            return null;
        }

        if (session is null)
        {
            await mongo.WriteGate.WaitAsync(cancellationToken);
            try
            {
                session = await mongo.Client.StartSessionAsync(cancellationToken: cancellationToken);
                session.StartTransaction(new TransactionOptions(ReadConcern.Snapshot, writeConcern: mongo.WriteConcern));
            }
            catch
            {
                mongo.WriteGate.Release();
                throw;
            }
        }

        return session;
    }

    protected override async Task WriteAndCommitAsync(IReadOnlyList<IDomainEvent> events, Action publish, CancellationToken cancellationToken)
    {
        var transaction = (await SessionAsync(cancellationToken))!;
        try
        {
            foreach (var domainEvent in events)
            {
                await writer.WriteAsync(transaction, domainEvent, cancellationToken);
            }

            await outbox.WriteAsync(transaction, events, Tracked, cancellationToken);

            await CommitWithRetryAsync(transaction, cancellationToken);
            // Still behind this instance's write gate: events are queued in commit order.
            publish();
        }
        catch (MongoException exception) when (exception.HasErrorLabel("TransientTransactionError")
            || exception is MongoWriteException { WriteError.Category: ServerErrorCategory.DuplicateKey })
        {
            throw new StoreConflictException("MongoDB aborted the transaction as transient; nothing was written.", exception);
        }
    }

    protected override async ValueTask AbortAsync()
    {
        if (session is { IsInTransaction: true })
        {
            await session.AbortTransactionAsync();
        }
    }

    protected override ValueTask ReleaseAsync()
    {
        if (session is { } ended)
        {
            session = null;
            try
            {
                ended.Dispose();
            }
            finally
            {
                mongo.WriteGate.Release();
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>A commit whose outcome is unknown (a network blip) is safe to commit again.</summary>
    private static async Task CommitWithRetryAsync(IClientSessionHandle transaction, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await transaction.CommitTransactionAsync(cancellationToken);
                return;
            }
            catch (MongoException exception) when (exception.HasErrorLabel("UnknownTransactionCommitResult") && attempt < 3)
            {
            }
        }
    }
}
