using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The database file: connections with the durability settings, and the schema. Writes go through
/// <see cref="SqliteGroupCommit"/>, which queues commands in the process (SQLite has one writer) and commits them in batches.
/// </summary>
internal sealed partial class SqliteDatabase(string path, ILogger<SqliteDatabase> logger) : IStorageInitializer, IDisposable
{
    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = 30,
    }.ToString();

    public string Path { get; } = path;

    /// <summary>A pooled connection; one that will write is set to sync fully (reads skip that statement).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, bool forWriting = true)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        if (forWriting)
        {
            await using var command = connection.CreateCommand();
            // Not persistent: set on every writing connection. FULL syncs the WAL on each commit (durable before visible).
            // Each command's savepoint keeps the pages it overwrites in a statement journal, which spills into a temporary
            // file once a batch is large (a file created and unlinked per batch, measured under load): kept in memory.
            // A larger page cache keeps the b-tree pages of every busy chat, instead of reading them again each batch.
            command.CommandText = "PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    /// <summary>A scope on a connection of its own for reads outside any command; disposing it closes the connection.</summary>
    public async Task<SqliteScope> ReadScopeAsync(CancellationToken cancellationToken) =>
        new(await OpenAsync(cancellationToken, forWriting: false), null, OwnsConnection: true);

    /// <summary>Creates the file and brings its schema to the current version.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
        while (true)
        {
            // One step per write transaction, its version read under the write lock: an instance migrating the same file
            // at the same time finishes its step first, and this one then finds it done.
            await using var transaction = connection.BeginTransaction(deferred: false);
            var version = Convert.ToInt32(
                await ScalarAsync(connection, "PRAGMA user_version;", cancellationToken, transaction), System.Globalization.CultureInfo.InvariantCulture);
            if (version > SqliteSchema.CurrentVersion)
            {
                throw new InvalidOperationException(
                    $"The database {Path} has schema version {version}, newer than this server's {SqliteSchema.CurrentVersion}.");
            }

            if (version == SqliteSchema.CurrentVersion)
            {
                return;
            }

            var next = version + 1;
            await ExecuteAsync(connection, SqliteSchema.Migrations[next - 1], cancellationToken, transaction);
            if (SqliteSchema.Backfills.TryGetValue(next, out var backfill))
            {
                await backfill(connection, transaction, cancellationToken);
            }

            await ExecuteAsync(connection, $"PRAGMA user_version = {next};", cancellationToken, transaction);
            await transaction.CommitAsync(cancellationToken);
            LogMigrated(logger, Path, next);
        }
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await MigrateAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"the database {Path} cannot be opened: {exception.Message}");
        }
    }

    public void Dispose()
    {
        // Nothing held: pooled connections are closed by their owners.
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Path} migrated to schema version {Version}")]
    private static partial void LogMigrated(ILogger logger, string path, int version);
}
