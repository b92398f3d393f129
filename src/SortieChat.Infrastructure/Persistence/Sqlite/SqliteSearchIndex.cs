using Microsoft.Data.Sqlite;
using SortieChat.Application.Messages.Search;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

/// <summary>
/// The FTS5 table behind search (DESIGN.md section 8), written in the command's transaction with the message. Each
/// word is indexed as the chat's key (its id's 32 hex digits) glued to the word, as written by
/// <see cref="SearchTokenizer"/>: "cafe" in chat 0193...c0de is the term "0193...c0decafe". A MATCH term therefore
/// names one chat, and FTS5 reads that term's own list of rows: however common a word is in other chats, none of
/// their hits is read (a chat_id column ANDed in the MATCH would still walk the word's rows of every chat). The
/// message's row in the FTS table is found through <c>message_search_rows</c>, whose integer key does not move.
/// The tokenizer's words hold letters and digits only, which unicode61 keeps whole (its token characters are L* N*).
/// </summary>
internal static class SqliteSearchIndex
{
    private const string RemoveWords =
        "DELETE FROM message_search WHERE rowid = (SELECT r.row_id FROM message_search_rows r WHERE r.message_id = $id)";

    private const string RemoveRow = "DELETE FROM message_search_rows WHERE message_id = $id";

    private const string AddRow = "INSERT INTO message_search_rows (message_id) VALUES ($id)";

    private const string AddWords = "INSERT INTO message_search (rowid, words) VALUES (last_insert_rowid(), $words)";

    /// <summary>The index follows what a message says: its post, an edit, its deletion (reactions and pins change no word).</summary>
    public static Task WriteAsync(SqliteScope db, IDomainEvent domainEvent, CancellationToken ct) => domainEvent switch
    {
        MessagePosted e => AddAsync(db, e.Message.Id, e.Message.ChatId, SearchTokenizer.WordsOf(e.Message), ct),
        MessageEdited e => ReplaceAsync(db, e.Message, ct),
        MessageDeleted e => ReplaceAsync(db, e.Message, ct),
        _ => Task.CompletedTask,
    };

    /// <summary>
    /// The MATCH expression: every word whole and the last as a prefix, each as an FTS5 string (double quotes
    /// doubled) so that nothing typed is read as query syntax.
    /// </summary>
    public static string Match(string chatId, SearchTerms terms) =>
        string.Join(' ', terms.Words.Select(word => Quoted(chatId, word)).Append(Quoted(chatId, terms.Prefix) + "*"));

    /// <summary>Indexes the messages a schema without search stored (run by the migration that creates the table).</summary>
    public static async Task BackfillAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        var db = new SqliteScope(connection, transaction);
        var after = 0L;
        while (true)
        {
            var page = await db.QueryAsync(
                """
                SELECT rowid, id, chat_id, content, file_name FROM messages
                WHERE rowid > $after AND is_deleted = 0 AND type <> 'system' ORDER BY rowid LIMIT 500
                """,
                r => (RowId: r.GetInt64(0), Id: r.GetString(1), ChatId: r.GetString(2), Content: r.IsDBNull(3) ? null : r.GetString(3),
                    FileName: r.IsDBNull(4) ? null : r.GetString(4)),
                ct, ("$after", after));
            if (page.Count == 0)
            {
                return;
            }

            foreach (var m in page)
            {
                await AddAsync(db, m.Id, m.ChatId, SearchTokenizer.WordsOf(m.Content, m.FileName), ct);
            }

            after = page[^1].RowId;
        }
    }

    private static async Task ReplaceAsync(SqliteScope db, Message message, CancellationToken ct)
    {
        await db.ExecuteAsync(RemoveWords, ct, ("$id", message.Id));
        await db.ExecuteAsync(RemoveRow, ct, ("$id", message.Id));
        await AddAsync(db, message.Id, message.ChatId, SearchTokenizer.WordsOf(message), ct);
    }

    private static async Task AddAsync(SqliteScope db, string messageId, string chatId, IReadOnlyList<string> words, CancellationToken ct)
    {
        if (words.Count == 0)
        {
            return;
        }

        var key = Key(chatId);
        await db.ExecuteAsync(AddRow, ct, ("$id", messageId));
        await db.ExecuteAsync(AddWords, ct, ("$words", string.Join(' ', words.Select(word => key + word))));
    }

    private static string Quoted(string chatId, string word) => '"' + (Key(chatId) + word).Replace("\"", "\"\"", StringComparison.Ordinal) + '"';

    private static string Key(string chatId) => chatId.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
