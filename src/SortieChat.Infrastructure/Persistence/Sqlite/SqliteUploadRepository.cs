using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Uploads;

namespace SortieChat.Infrastructure.Persistence.Sqlite;

internal sealed class SqliteUploadRepository(SqliteUnitOfWork unitOfWork) : IUploadRepository
{
    public Task<Upload?> FindByUrlAsync(string mediaUrl, CancellationToken cancellationToken) =>
        unitOfWork.LoadAsync(SqliteQueries.UploadByUrl, SqliteRows.ReadUpload, cancellationToken, ("$url", mediaUrl));

    public async Task<long> StoredBytesAsync(string uploaderId, CancellationToken cancellationToken)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        return (await db.QueryAsync(SqliteQueries.StoredBytesOfUploader, r => r.GetInt64(0), cancellationToken, ("$user", uploaderId)))[0];
    }

    public async Task<IReadOnlyList<Upload>> ListUnusedAsync(DateTimeOffset createdBefore, int limit, CancellationToken cancellationToken)
    {
        await using var db = await unitOfWork.ScopeAsync(cancellationToken);
        return await db.QueryAsync(SqliteQueries.UnusedUploads, SqliteRows.ReadUpload, cancellationToken, ("$before", createdBefore), ("$take", limit));
    }

    public void Add(Upload upload) => unitOfWork.Track(upload);
}
