using MongoDB.Driver;
using SortieChat.Domain.Common;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>Reads in the command's transaction when there is one; the aggregates they return are tracked.</summary>
internal abstract class MongoRepository(MongoUnitOfWork unitOfWork)
{
    protected MongoUnitOfWork UnitOfWork { get; } = unitOfWork;

    protected MongoCollections C => UnitOfWork.Collections;

    protected async Task<List<TDocument>> FindAsync<TDocument>(
        IMongoCollection<TDocument> collection, FilterDefinition<TDocument> filter, CancellationToken ct,
        SortDefinition<TDocument>? sort = null, int? skip = null, int? limit = null)
    {
        var session = await UnitOfWork.SessionAsync(ct);
        var find = session is null ? collection.Find(filter) : collection.Find(session, filter);
        return await find.Sort(sort).Skip(skip).Limit(limit).ToListAsync(ct);
    }

    protected T? Tracked<T>(T? aggregate)
        where T : AggregateRoot
    {
        if (aggregate is not null)
        {
            UnitOfWork.Track(aggregate);
        }

        return aggregate;
    }
}
