using MongoDB.Driver;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Messages.Search;
using SortieChat.Domain.Messages;

namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class MongoMessageRepository(MongoUnitOfWork unitOfWork) : MongoRepository(unitOfWork), IMessageRepository
{
    public async Task<Message?> FindByIdAsync(string id, CancellationToken ct) => await FindOneAsync(MongoQueries.MessageById(id), ct);

    public async Task<Message?> FindByClientMessageIdAsync(string chatId, string senderId, string clientMessageId, CancellationToken ct) =>
        await FindOneAsync(MongoQueries.MessageByClientId(chatId, senderId, clientMessageId), ct);

    public async Task<IReadOnlyDictionary<string, Message>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0 ? new Dictionary<string, Message>() : (await FindAsync(C.Messages, MongoQueries.MessagesByIds(ids), ct)).Select(MongoRows.ToMessage).ToDictionary(m => m.Id);

    public async Task<bool> IsMediaInUseAsync(string url, CancellationToken ct) => (await FindAsync(C.Messages, MongoQueries.MediaInUse(url), ct, limit: 1)).Count > 0;

    public async Task<MessageSlice> GetWindowAsync(string chatId, MessageWindow window, CancellationToken ct)
    {
        var documents = window.Direction == PageDirection.Newer
            ? await FindAsync(C.Messages, MongoQueries.Newer(chatId, window.AnchorSeq ?? 0), ct, MongoQueries.OldestFirst, window.Skip, window.Limit + 1)
            : await FindAsync(C.Messages, MongoQueries.Older(chatId, window.AnchorSeq), ct, MongoQueries.NewestFirst, window.Skip, window.Limit + 1);
        var page = documents.Take(window.Limit).Select(MongoRows.ToMessage);
        return new MessageSlice([.. window.Direction == PageDirection.Older ? page.Reverse() : page], documents.Count > window.Limit);
    }

    public async Task<int> CountPinnedAsync(string chatId, CancellationToken ct) =>
        (await FindAsync(C.Messages, MongoQueries.PinnedIn(chatId), ct)).Count;

    public async Task<IReadOnlyList<Message>> ListPinnedAsync(string chatId, CancellationToken ct) =>
        [.. (await FindAsync(C.Messages, MongoQueries.PinnedIn(chatId), ct, MongoQueries.NewestPinFirst)).Select(MongoRows.ToMessage)];

    public async Task<MessageSlice> GetChangesAsync(string chatId, long afterChangeSeq, int limit, CancellationToken ct)
    {
        var documents = await FindAsync(C.Messages, MongoQueries.ChangedAfter(chatId, afterChangeSeq), ct, MongoQueries.InChangeOrder, limit: limit + 1);
        return new MessageSlice([.. documents.Take(limit).Select(MongoRows.ToMessage)], documents.Count > limit);
    }

    public async Task<MessageSlice> SearchAsync(string chatId, SearchTerms terms, long belowSeq, int limit, CancellationToken ct)
    {
        var documents = await FindAsync(C.Messages, MongoQueries.Search(chatId, terms, belowSeq), ct, MongoQueries.NewestFirst, limit: limit + 1);
        return new MessageSlice([.. documents.Take(limit).Select(MongoRows.ToMessage)], documents.Count > limit);
    }

    private async Task<Message?> FindOneAsync(FilterDefinition<MessageDocument> filter, CancellationToken ct) =>
        Tracked((await FindAsync(C.Messages, filter, ct, limit: 1)).Select(MongoRows.ToMessage).FirstOrDefault());
}
