using MongoDB.Driver;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Uploads;

namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class MongoUploadRepository(MongoUnitOfWork unitOfWork) : MongoRepository(unitOfWork), IUploadRepository
{
    public async Task<Upload?> FindByUrlAsync(string mediaUrl, CancellationToken ct) =>
        Tracked((await FindAsync(C.Uploads, MongoQueries.UploadByUrl(mediaUrl), ct, limit: 1)).Select(MongoRows.ToUpload).FirstOrDefault());

    public async Task<long> StoredBytesAsync(string uploaderId, CancellationToken ct)
    {
        var session = await UnitOfWork.SessionAsync(ct);
        var pipeline = MongoQueries.StoredBytesOf(uploaderId);
        using var totals = session is null
            ? await C.Uploads.AggregateAsync(pipeline, cancellationToken: ct)
            : await C.Uploads.AggregateAsync(session, pipeline, cancellationToken: ct);
        return await totals.FirstOrDefaultAsync(ct) is { } total ? total["bytes"].ToInt64() : 0;
    }

    public async Task<IReadOnlyList<Upload>> ListUnusedAsync(DateTimeOffset createdBefore, int limit, CancellationToken ct) =>
        [.. (await FindAsync(C.Uploads, MongoQueries.UnusedUploads(createdBefore), ct, MongoQueries.OldestUploadsFirst, limit: limit)).Select(MongoRows.ToUpload)];

    public void Add(Upload upload) => UnitOfWork.Track(upload);
}
