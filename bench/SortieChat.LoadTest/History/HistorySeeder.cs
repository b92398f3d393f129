using SortieChat.LoadTest.Setup;

using System.Globalization;

namespace SortieChat.LoadTest.History;

/// <summary>
/// Appends text messages to a chat straight into the SQLite file, in the shape the store writes them (see
/// src/SortieChat.Infrastructure/Persistence/Sqlite/SqliteSchema.cs and SqliteValues.cs: UUIDv7-shaped ids, dates as
/// <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>), and moves the chat's last_seq, change_seq and last message with them. They are
/// not in the search index: scenario C does not search.
/// </summary>
internal sealed class HistorySeeder(Sqlite3 sqlite)
{
    public async Task<string> ChatIdAsync(string sortieId, CancellationToken ct) =>
        await sqlite.ScalarAsync($"SELECT id FROM chats WHERE sortie_id = '{sortieId}'", ct);

    public async Task<long> LastSeqAsync(string chatId, CancellationToken ct) =>
        long.Parse(await sqlite.ScalarAsync($"SELECT last_seq FROM chats WHERE id = '{chatId}'", ct), CultureInfo.InvariantCulture);

    /// <summary>Seeds messages up to seq <paramref name="lastSeq"/>; the id of message seq s is <see cref="IdOf"/>.</summary>
    public async Task SeedAsync(int chatNumber, string chatId, string sortieId, string senderId, long lastSeq, CancellationToken ct)
    {
        var from = await LastSeqAsync(chatId, ct) + 1;
        if (from > lastSeq)
        {
            return;
        }

        // Each post also raises the chat's change seq by one (the change feed): message i takes the next one.
        var changeSeq = long.Parse(await sqlite.ScalarAsync($"SELECT change_seq FROM chats WHERE id = '{chatId}'", ct), CultureInfo.InvariantCulture);
        var sql = string.Create(CultureInfo.InvariantCulture, $"""
            BEGIN IMMEDIATE;
            WITH RECURSIVE n(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM n WHERE i < {lastSeq})
            INSERT INTO messages (id, chat_id, sortie_id, sender_id, seq, type, content, is_deleted, created_at, updated_at, change_seq)
            SELECT printf('%08x-0000-7000-8000-%012x', {chatNumber}, i), '{chatId}', '{sortieId}', '{senderId}', i, 'text',
                   'seeded history message number ' || i, 0,
                   strftime('%Y-%m-%dT%H:%M:%f', 'now', '-' || ({lastSeq} - i) || ' seconds') || '0000Z',
                   strftime('%Y-%m-%dT%H:%M:%f', 'now', '-' || ({lastSeq} - i) || ' seconds') || '0000Z',
                   {changeSeq - from + 1} + i
            FROM n;
            UPDATE chats SET last_seq = {lastSeq}, last_message_id = '{IdOf(chatNumber, lastSeq)}', change_seq = {changeSeq + lastSeq - from + 1}
            WHERE id = '{chatId}';
            COMMIT;

            """);
        await sqlite.RunAsync(sql, ct);
    }

    /// <summary>Marks every message of the chat read by every member: each message's readBy then lists them all.</summary>
    public async Task MarkAllReadAsync(string chatId, CancellationToken ct) =>
        await sqlite.RunAsync($"UPDATE chat_members SET last_read_seq = (SELECT last_seq FROM chats WHERE id = '{chatId}') WHERE chat_id = '{chatId}';\n", ct);

    public static string IdOf(int chatNumber, long seq) => string.Create(CultureInfo.InvariantCulture, $"{chatNumber:x8}-0000-7000-8000-{seq:x12}");

    public async Task<long> CountAsync(string table, CancellationToken ct) =>
        long.Parse(await sqlite.ScalarAsync($"SELECT count(*) FROM {table}", ct), CultureInfo.InvariantCulture);
}
