using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SortieChat.Infrastructure.Persistence.Sqlite;

namespace SortieChat.Infrastructure.Tests.Sqlite;

/// <summary>The shared write transaction, seen from another process's connection to the same file.</summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Abandon_WithNothingWaitingToCommit_ReleasesTheFilesWriteLock()
    {
        await using var temp = await TempDatabase.CreateAsync();
        await using var groupCommit = new SqliteGroupCommit(temp.Database, NullLogger<SqliteGroupCommit>.Instance);

        await groupCommit.EnterAsync(TestContext.Current.CancellationToken);
        await groupCommit.AbandonAsync();

        (await TryWriteElsewhereAsync(temp)).Should().BeTrue("a refused command leaves no transaction open");
    }

    [Fact]
    public async Task Abandon_BesideACommandWaitingToCommit_KeepsItsWrites()
    {
        await using var temp = await TempDatabase.CreateAsync();
        await using var groupCommit = new SqliteGroupCommit(temp.Database, NullLogger<SqliteGroupCommit>.Instance);
        var kept = await groupCommit.EnterAsync(TestContext.Current.CancellationToken);
        await kept.ExecuteAsync("INSERT INTO chat_mutes (chat_id, user_id) VALUES ('c1', 'kept')", TestContext.Current.CancellationToken);
        var committed = groupCommit.CompleteAsync(static () => { });
        var dropped = await groupCommit.EnterAsync(TestContext.Current.CancellationToken);
        await dropped.ExecuteAsync("INSERT INTO chat_mutes (chat_id, user_id) VALUES ('c1', 'dropped')", TestContext.Current.CancellationToken);

        await groupCommit.AbandonAsync();
        await committed;

        (await temp.ScalarAsync("SELECT group_concat(user_id) FROM chat_mutes")).Should().Be("kept");
    }

    /// <summary>Another connection takes the write lock at once (within a second): false when someone holds it.</summary>
    private static async Task<bool> TryWriteElsewhereAsync(TempDatabase temp)
    {
        await using var other = new SqliteConnection($"Data Source={temp.FilePath};Default Timeout=1;Pooling=False");
        await other.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = other.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE; ROLLBACK;";
        try
        {
            await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            return true;
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode == 5)
        {
            return false;
        }
    }
}
