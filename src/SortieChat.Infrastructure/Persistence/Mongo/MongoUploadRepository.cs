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
        var uploads = session is null ? C.Uploads.Aggregate() : C.Uploads.Aggregate(session);
        var totals = await uploads.Match(MongoQueries.UploadsOf(uploaderId))
            .Group(u => u.UploaderId, g => new { Bytes = g.Sum(u => u.FileSize ?? 0) })
            .ToListAsync(ct);
        return totals.Sum(t => t.Bytes);
    }

    public async Task<IReadOnlyList<Upload>> ListUnusedAsync(DateTimeOffset createdBefore, int limit, CancellationToken ct) =>
        [.. (await FindAsync(C.Uploads, MongoQueries.UnusedUploads(createdBefore), ct, MongoQueries.OldestUploadsFirst, limit: limit)).Select(MongoRows.ToUpload)];

    public void Add(Upload upload) => UnitOfWork.Track(upload);
}
