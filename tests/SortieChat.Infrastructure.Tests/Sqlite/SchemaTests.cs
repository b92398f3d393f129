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
    public async Task Migrate_Twice_KeepsTheDataAndTheVersion()
    {
        await using var temp = await TempDatabase.CreateAsync();
        await temp.ScalarAsync("INSERT INTO users (id, email, display_name, password_hash, created_at) VALUES ('u', 'a@b.c', 'A', 'h', 't')");

        await temp.Database.MigrateAsync(TestContext.Current.CancellationToken);

        (await temp.ScalarAsync("SELECT count(*) FROM users")).Should().Be(1L);
        (await temp.ScalarAsync("PRAGMA user_version")).Should().Be((long)SqliteSchema.CurrentVersion);
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
            INSERT INTO messages (id, chat_id, sortie_id, seq, type, is_deleted, created_at, updated_at) VALUES ('m1', 'c', 's', 1, 'system', 0, 't', 't');
            """);

        var duplicate = () => temp.ScalarAsync(
            "INSERT INTO messages (id, chat_id, sortie_id, seq, type, is_deleted, created_at, updated_at) VALUES ('m2', 'c', 's', 1, 'text', 0, 't', 't')");

        await duplicate.Should().ThrowAsync<Microsoft.Data.Sqlite.SqliteException>().WithMessage("*UNIQUE*");
    }
}
