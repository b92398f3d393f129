using SortieChat.Application.Messages.Search;
using SortieChat.Infrastructure.Persistence.Sqlite;

namespace SortieChat.Infrastructure.Tests.Sqlite;

public sealed class SchemaTests
{
    [Fact]
    public async Task Migrate_NewFile_ReachesTheCurrentVersionInWalMode()
    {
        await using var temp = await TempDatabase.CreateAsync();

        (await temp.ScalarAsync("PRAGMA user_version")).Should().Be((long)SqliteSchema.CurrentVersion);
        (await temp.ScalarAsync("PRAGMA journal_mode")).Should().Be("wal");
    }

    [Fact]
    public async Task Open_AnyConnection_SyncsFullyAndEnforcesForeignKeys()
    {
        await using var temp = await TempDatabase.CreateAsync();

        (await temp.ScalarAsync("PRAGMA synchronous")).Should().Be(2L, "2 is FULL");
        (await temp.ScalarAsync("PRAGMA foreign_keys")).Should().Be(1L);
    }

    [Fact]
    public async Task Open_AWritingConnection_KeepsStatementJournalsInMemoryAndABiggerPageCache()
    {
        await using var temp = await TempDatabase.CreateAsync();

        // Each command's savepoint journals the pages it overwrites; on disk, that journal was a file created and
        // unlinked per large batch.
        (await temp.ScalarAsync("PRAGMA temp_store")).Should().Be(2L, "2 is MEMORY");
        (await temp.ScalarAsync("PRAGMA cache_size")).Should().Be(-16384L, "16 MiB, given in KiB as a negative number");
    }

    [Fact]
    public async Task Migrate_Twice_KeepsTheDataAndTheVersion()
    {
        await using var temp = await TempDatabase.CreateAsync();
        await temp.ScalarAsync("INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES ('u', 'a@b.c', 'A', 'h', 't')");

        await temp.Database.MigrateAsync(TestContext.Current.CancellationToken);

        (await temp.ScalarAsync("SELECT count(*) FROM users")).Should().Be(1L);
        (await temp.ScalarAsync("PRAGMA user_version")).Should().Be((long)SqliteSchema.CurrentVersion);
    }

    [Fact]
    public async Task Migrate_AVersion1File_UpgradesItAndKeepsItsRows()
    {
        var path = Path.Combine(Path.GetTempPath(), "sortiechat-infra-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = SqliteSchema.Migrations[0] + """
                ; PRAGMA user_version = 1;
                INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES ('u', 'a@b.c', 'A', 'h', 't');
                """;
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        using var database = new SqliteDatabase(path, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteDatabase>.Instance);
        await database.MigrateAsync(TestContext.Current.CancellationToken);

        await using var upgraded = await database.OpenAsync(TestContext.Current.CancellationToken);
        await using var check = upgraded.CreateCommand();
        check.CommandText = "SELECT (SELECT count(*) FROM users WHERE external_subject IS NULL) || '/' || (SELECT user_version FROM pragma_user_version)";
        (await check.ExecuteScalarAsync(TestContext.Current.CancellationToken)).Should().Be($"1/{SqliteSchema.CurrentVersion}");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path);
    }

    [Fact]
    public async Task Migrate_AFileFromBeforeTheChangeFeed_FillsChangeSeqsAndSystemInfoFromWhatIsStored()
    {
        var migrated = await MigrateAFileFromBeforeAsync("ux_messages_chat_change", """
                INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES ('u', 'a@b.c', 'A', 'h', 't');
                INSERT INTO sorties (id, chat_id, creator_id, title, starts_at, max_participants, accepted_count, created_at) VALUES ('s', 'c', 'u', 'T', 't', 1, 0, 't');
                INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES ('b', 'b@b.c', 'Bob', 'h', 't');
                INSERT INTO participations (id, sortie_id, user_id, status, created_at, updated_at) VALUES ('p', 's', 'b', 'ANNULEE', 't', 't');
                INSERT INTO chats (id, sortie_id, name, last_seq, cooldown_seconds, created_at, updated_at) VALUES ('c', 's', 'T', 4, 0, 't', 't');
                INSERT INTO messages (id, chat_id, sortie_id, seq, type, content, is_deleted, created_at, updated_at) VALUES ('m1', 'c', 's', 1, 'system', 'Welcome', 0, 't', 't');
                INSERT INTO messages (id, chat_id, sortie_id, sender_id, seq, type, is_deleted, created_at, updated_at) VALUES ('m2', 'c', 's', 'u', 2, 'text', 1, 't', 't');
                INSERT INTO messages (id, chat_id, sortie_id, seq, type, content, is_deleted, created_at, updated_at) VALUES ('m3', 'c', 's', 3, 'system', 'Bob joined the sortie.', 0, 't', 't');
                INSERT INTO messages (id, chat_id, sortie_id, seq, type, content, is_deleted, created_at, updated_at) VALUES ('m4', 'c', 's', 4, 'system', 'Bob left the sortie.', 0, 't', 't');
                """,
            """
            SELECT (SELECT change_seq FROM chats WHERE id = 'c') || '/' || group_concat(
                id || ':' || change_seq || ':' || coalesce(deleted_by, '-') || ':' || coalesce(system_kind, '-') || ':' || coalesce(system_user_id, '-')
                || ':' || coalesce(system_display_name, '-'), ',')
            FROM (SELECT * FROM messages ORDER BY seq)
            """);

        migrated.Should().Be(
            "4/m1:1:-:welcome:u:-,m2:2:u:-:-:-,m3:3:-:member_joined:b:Bob,m4:4:-:member_left:b:Bob");
    }

    [Fact]
    public async Task Migrate_AFileFromBeforeSearch_IndexesItsLiveNonSystemMessagesOnly()
    {
        var migrated = await MigrateAFileFromBeforeAsync("message_search", """
                INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES ('u', 'a@b.c', 'A', 'h', 't');
                INSERT INTO sorties (id, chat_id, creator_id, title, starts_at, max_participants, accepted_count, created_at) VALUES ('s', 'c', 'u', 'T', 't', 1, 0, 't');
                INSERT INTO chats (id, sortie_id, name, last_seq, cooldown_seconds, created_at, updated_at) VALUES ('c', 's', 'T', 5, 0, 't', 't');
                INSERT INTO messages (id, chat_id, sortie_id, sender_id, seq, type, content, file_name, is_deleted, created_at, updated_at, change_seq) VALUES
                    ('m1', 'c', 's', NULL, 1, 'system', 'Crème welcome', NULL, 0, 't', 't', 1),
                    ('m2', 'c', 's', 'u', 2, 'text', 'Un café CRÈME', NULL, 0, 't', 't', 2),
                    ('m3', 'c', 's', 'u', 3, 'text', NULL, NULL, 1, 't', 't', 3),
                    ('m4', 'c', 's', 'u', 4, 'file', NULL, 'Crème-brûlée.pdf', 0, 't', 't', 4),
                    ('m5', 'c', 's', 'u', 5, 'text', 'rien', NULL, 0, 't', 't', 5);
                """,
            """
            SELECT group_concat(r.message_id, ',') FROM (
                SELECT r.message_id FROM message_search JOIN message_search_rows r ON r.row_id = message_search.rowid
                WHERE message_search MATCH $match ORDER BY r.message_id) r
            """,
            ("$match", SqliteSearchIndex.Match("c", SearchTerms.Parse("creme")!)));

        migrated.Should().Be("m2,m4");
    }

    [Fact]
    public async Task Migrate_WhileAnotherServerMigratesTheSameFile_WaitsForItAndFindsTheSchemaCurrent()
    {
        // Two instances on one file started at once (a rolling deploy): the other one holds the write lock while it migrates.
        var directory = Path.Combine(Path.GetTempPath(), "sortiechat-infra-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(directory, "shared.db");
        Directory.CreateDirectory(directory);
        try
        {
            await using var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
            await other.OpenAsync(TestContext.Current.CancellationToken);
            await ExecuteAsync(other, "PRAGMA journal_mode = WAL;");
            await using var othersMigration = other.BeginTransaction(deferred: false);
            using var database = new SqliteDatabase(path, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteDatabase>.Instance);

            var migrate = Task.Run(() => database.MigrateAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
            // Long enough for this server to have looked at the file (version 0) and to be waiting for the lock.
            await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
            foreach (var migration in SqliteSchema.Migrations)
            {
                await ExecuteAsync(other, migration);
            }

            await ExecuteAsync(other, $"PRAGMA user_version = {SqliteSchema.CurrentVersion};");
            await othersMigration.CommitAsync(TestContext.Current.CancellationToken);
            await migrate;

            await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version";
            (await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)).Should().Be((long)SqliteSchema.CurrentVersion);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Migrate_AFileFromANewerServer_IsRefused()
    {
        await using var temp = await TempDatabase.CreateAsync();
        await temp.ScalarAsync($"PRAGMA user_version = {SqliteSchema.CurrentVersion + 1}");

        var migrate = () => temp.Database.MigrateAsync(TestContext.Current.CancellationToken);

        await migrate.Should().ThrowAsync<InvalidOperationException>().WithMessage("*newer than this server's*");
    }

    [Fact]
    public async Task Messages_TheSameSeqTwiceInAChat_IsRejectedByTheStore()
    {
        await using var temp = await TempDatabase.CreateAsync();
        await temp.ScalarAsync("""
            INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES ('u', 'a@b.c', 'A', 'h', 't');
            INSERT INTO sorties (id, chat_id, creator_id, title, starts_at, max_participants, accepted_count, created_at) VALUES ('s', 'c', 'u', 'T', 't', 1, 0, 't');
            INSERT INTO chats (id, sortie_id, name, last_seq, cooldown_seconds, created_at, updated_at) VALUES ('c', 's', 'T', 0, 0, 't', 't');
            INSERT INTO messages (id, chat_id, sortie_id, seq, type, is_deleted, created_at, updated_at, change_seq) VALUES ('m1', 'c', 's', 1, 'system', 0, 't', 't', 1);
            """);

        var duplicate = () => temp.ScalarAsync(
            "INSERT INTO messages (id, chat_id, sortie_id, seq, type, is_deleted, created_at, updated_at, change_seq) VALUES ('m2', 'c', 's', 1, 'text', 0, 't', 't', 2)");

        await duplicate.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>().WithMessage("*UNIQUE*");
    }

    private static async Task ExecuteAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// A file with the schema as it was before the first migration holding <paramref name="marker"/> (found by content,
    /// not by version number) and <paramref name="rows"/>, migrated to the current schema; answers <paramref name="check"/>.
    /// </summary>
    private static async Task<object?> MigrateAFileFromBeforeAsync(string marker, string rows, string check, params (string Name, object Value)[] parameters)
    {
        var path = Path.Combine(Path.GetTempPath(), "sortiechat-infra-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var before = SqliteSchema.Migrations.TakeWhile(m => !m.Contains(marker, StringComparison.Ordinal)).ToList();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = string.Join(";\n", before) + $"; PRAGMA user_version = {before.Count};\n" + rows;
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        try
        {
            using var database = new SqliteDatabase(path, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteDatabase>.Instance);
            await database.MigrateAsync(TestContext.Current.CancellationToken);
            await using var upgraded = await database.OpenAsync(TestContext.Current.CancellationToken);
            await using var query = upgraded.CreateCommand();
            query.CommandText = check;
            foreach (var (name, value) in parameters)
            {
                query.Parameters.AddWithValue(name, value);
            }

            return await query.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
