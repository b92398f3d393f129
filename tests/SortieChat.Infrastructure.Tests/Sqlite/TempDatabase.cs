using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SortieChat.Infrastructure.Persistence.Sqlite;

namespace SortieChat.Infrastructure.Tests.Sqlite;

/// <summary>A real database file in a temporary folder, migrated to the current schema.</summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "sortiechat-infra-tests", Guid.NewGuid().ToString("N"));

    private TempDatabase() => Database = new SqliteDatabase(Path.Combine(directory, "test.db"), NullLogger<SqliteDatabase>.Instance);

    public SqliteDatabase Database { get; }

    public string FilePath => Database.Path;

    public static async Task<TempDatabase> CreateAsync()
    {
        var temp = new TempDatabase();
        await temp.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return temp;
    }

    public async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = await Database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
