namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Writes of rows a background worker or a request owns (outbox state, push subscriptions), outside any command:
/// they take the write turn like a command and commit with its batch, on the one writer connection of the process.
/// </summary>
internal static class SqliteOwnWrites
{
    public static async Task<T> WriteAloneAsync<T>(this SqliteGroupCommit groupCommit, Func<SqliteScope, Task<T>> write, CancellationToken cancellationToken)
    {
        var db = await groupCommit.EnterAsync(cancellationToken);
        T result;
        try
        {
            result = await write(db);
        }
        catch
        {
            await groupCommit.AbandonAsync();
            throw;
        }

        await groupCommit.CompleteAsync(static () => { });
        return result;
    }
}
