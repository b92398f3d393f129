using System.Text.Json;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Messages.Search;
using SortieChat.Domain.Messages;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteMessageRepository(SqliteUnitOfWork unitOfWork) : IMessageRepository
{
    public Task<Message?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
        unitOfWork.LoadAsync(SqliteQueries.MessageById, SqliteRows.ReadMessage, cancellationToken, ("$id", id));

    public Task<Message?> FindByClientMessageIdAsync(string chatId, string senderId, string clientMessageId, CancellationToken cancellationToken) =>
        unitOfWork.LoadAsync(SqliteQueries.MessageByClientId, SqliteRows.ReadMessage, cancellationToken, ("$chat", chatId), ("$sender", senderId), ("$client", clientMessageId));

    public async Task<IReadOnlyDictionary<string, Message>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Message>();
        }

        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        var messages = await db.QueryAsync(SqliteQueries.MessagesByIds, SqliteRows.ReadMessage, cancellationToken, ("$ids", JsonSerializer.Serialize(ids)));
        return messages.ToDictionary(m => m.Id);
    }

    public async Task<bool> IsMediaInUseAsync(string url, CancellationToken cancellationToken)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        var counts = await db.QueryAsync(SqliteQueries.MediaInUse, r => r.GetInt64(0), cancellationToken, ("$url", url));
        return counts[0] > 0;
    }

    public async Task<MessageSlice> GetWindowAsync(string chatId, MessageWindow window, CancellationToken cancellationToken)
    {
        var sql = (window.Direction, window.AnchorSeq) switch
        {
            (PageDirection.Newer, _) => SqliteQueries.MessagesAfter,
            (PageDirection.Older, null) => SqliteQueries.MessagesNewest,
            _ => SqliteQueries.MessagesBefore,
        };
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        // One more than asked tells whether more lie beyond the page.
        var rows = await db.QueryAsync(sql, SqliteRows.ReadMessage, cancellationToken,
            ("$chat", chatId), ("$anchor", window.AnchorSeq ?? 0), ("$take", window.Limit + 1), ("$skip", window.Skip));
        var hasMore = rows.Count > window.Limit;
        var page = rows.Take(window.Limit);
        return new MessageSlice([.. window.Direction == PageDirection.Older ? page.Reverse() : page], hasMore);
    }

    public async Task<int> CountPinnedAsync(string chatId, CancellationToken cancellationToken)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        return (int)(await db.QueryAsync(SqliteQueries.PinnedCount, r => r.GetInt64(0), cancellationToken, ("$chat", chatId)))[0];
    }

    public async Task<IReadOnlyList<Message>> ListPinnedAsync(string chatId, CancellationToken cancellationToken)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        return await db.QueryAsync(SqliteQueries.PinnedMessages, SqliteRows.ReadMessage, cancellationToken, ("$chat", chatId));
    }

    public async Task<MessageSlice> GetChangesAsync(string chatId, long afterChangeSeq, int limit, CancellationToken cancellationToken)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        var rows = await db.QueryAsync(SqliteQueries.MessagesChangedAfter, SqliteRows.ReadMessage, cancellationToken,
            ("$chat", chatId), ("$anchor", afterChangeSeq), ("$take", limit + 1));
        return new MessageSlice([.. rows.Take(limit)], rows.Count > limit);
    }

    public async Task<MessageSlice> SearchAsync(string chatId, SearchTerms terms, long belowSeq, int limit, CancellationToken cancellationToken)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        var rows = await db.QueryAsync(SqliteQueries.SearchMessages, SqliteRows.ReadMessage, cancellationToken,
            ("$match", SqliteSearchIndex.Match(chatId, terms)), ("$anchor", belowSeq), ("$take", limit + 1));
        return new MessageSlice([.. rows.Take(limit)], rows.Count > limit);
    }
}
