using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Group commit (DESIGN.md section 3: speed from batching, never from weaker durability). Commands still run one
/// at a time on the one writer connection, each in a savepoint of a shared transaction; a command that finishes
/// hands over its turn and waits. A committer queued behind the commands already waiting commits them all with one
/// synced COMMIT, then publishes their events in order and answers them. A command that fails rolls back to its
/// savepoint only; a commit that fails fails every command of its batch, none of which was answered.
/// </summary>
internal sealed partial class SqliteGroupCommit : IAsyncDisposable
{
    // The savepoint statements are prepared once, like the stores' statements (SqliteTransaction.Save would
    // prepare each of them again for every command).
    private const string OpenSavepoint = "SAVEPOINT command;";
    private const string ReleaseSavepoint = "RELEASE command;";
    private const string UndoSavepoint = "ROLLBACK TO command;";
    private readonly SqliteDatabase database;
    private readonly ILogger<SqliteGroupCommit> logger;
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly List<Pending> batch = [];
    private readonly Dictionary<string, SqliteCommand> statements = new(StringComparer.Ordinal);
    private readonly Channel<bool> batchStarted = Channel.CreateUnbounded<bool>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task committer;
    private SqliteConnection? connection;
    private SqliteTransaction? transaction;

    public SqliteGroupCommit(SqliteDatabase database, ILogger<SqliteGroupCommit> logger)
    {
        this.database = database;
        this.logger = logger;
        committer = Task.Run(CommitBatchesAsync);
    }

    /// <summary>Waits for the write turn and opens the command's savepoint; the caller must end with Complete or Abandon.</summary>
    public async Task<SqliteScope> EnterAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            connection ??= await database.OpenAsync(CancellationToken.None);
            transaction ??= connection.BeginTransaction(deferred: false);
            Execute(OpenSavepoint);
            return new SqliteScope(connection, transaction, Statements: statements);
        }
        catch
        {
            await ResetAsync();
            turn.Release();
            throw;
        }
    }

    /// <summary>
    /// Keeps the command's writes in the batch and gives the turn to the next command. The task ends once the batch
    /// is durable and <paramref name="publish"/> has run (in commit order); it fails if the batch could not commit.
    /// </summary>
    public Task CompleteAsync(Action publish)
    {
        var pending = new Pending(publish, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            Execute(ReleaseSavepoint);
            batch.Add(pending);
            if (batch.Count == 1)
            {
                batchStarted.Writer.TryWrite(true);
            }
        }
        catch (SqliteException exception)
        {
            // Its writes could not be set apart: the whole batch goes, so that nothing of a failed command is committed.
            LogBatchLost(logger, exception);
            pending.Done.TrySetException(exception);
            FailBatch(exception);
            ResetAsync().AsTask().GetAwaiter().GetResult();
        }
        finally
        {
            turn.Release();
        }

        return pending.Done.Task;
    }

    /// <summary>
    /// Undoes the command's writes (only its own) and gives the turn back. With no finished command waiting for a
    /// commit, the transaction ends too: a refused command must not keep the file's write lock from other processes
    /// until the next command commits.
    /// </summary>
    public async ValueTask AbandonAsync()
    {
        try
        {
            Execute(UndoSavepoint);
            Execute(ReleaseSavepoint);
            if (batch.Count == 0)
            {
                await transaction!.RollbackAsync();
                await transaction.DisposeAsync();
                transaction = null;
            }
        }
        catch (SqliteException exception)
        {
            // The connection cannot roll back a part: the whole batch goes, and its commands are told.
            LogBatchLost(logger, exception);
            FailBatch(exception);
            await ResetAsync();
        }
        finally
        {
            turn.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        batchStarted.Writer.TryComplete();
        await committer;
        await turn.WaitAsync();
        await ResetAsync();
        turn.Dispose();
    }

    private async Task CommitBatchesAsync()
    {
        await foreach (var _ in batchStarted.Reader.ReadAllAsync())
        {
            // Behind the commands already waiting: they join this batch before it commits.
            await turn.WaitAsync();
            try
            {
                await CommitAsync();
            }
            finally
            {
                turn.Release();
            }
        }
    }

    private async Task CommitAsync()
    {
        if (batch.Count == 0 || transaction is null)
        {
            return;
        }

        var committing = batch.ToArray();
        batch.Clear();
        try
        {
            await transaction.CommitAsync();
            await transaction.DisposeAsync();
            transaction = null;
        }
        catch (Exception exception)
        {
            LogBatchLost(logger, exception);
            foreach (var pending in committing)
            {
                pending.Done.TrySetException(exception);
            }

            await ResetAsync();
            return;
        }

        // Still holding the turn: events are queued in commit order.
        foreach (var pending in committing)
        {
            pending.Publish();
            pending.Done.TrySetResult();
        }
    }

    private void Execute(string sql)
    {
        if (!statements.TryGetValue(sql, out var command))
        {
            command = connection!.CreateCommand();
            command.CommandText = sql;
            statements[sql] = command;
        }

        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private void FailBatch(Exception exception)
    {
        foreach (var pending in batch)
        {
            pending.Done.TrySetException(exception);
        }

        batch.Clear();
    }

    /// <summary>Drops the open transaction and the writer connection; the next command opens fresh ones.</summary>
    private async ValueTask ResetAsync()
    {
        FailBatch(new ObjectDisposedException(nameof(SqliteGroupCommit), "The write batch was abandoned."));
        if (transaction is not null)
        {
            try
            {
                await transaction.DisposeAsync();
            }
            catch (SqliteException)
            {
                // Nothing more to undo: the connection goes too.
            }

            transaction = null;
        }

        foreach (var statement in statements.Values)
        {
            await statement.DisposeAsync();
        }

        statements.Clear();
        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A write batch could not be committed; its commands were answered with an error and nothing of it was stored")]
    private static partial void LogBatchLost(ILogger logger, Exception exception);

    private sealed record Pending(Action Publish, TaskCompletionSource Done);
}
