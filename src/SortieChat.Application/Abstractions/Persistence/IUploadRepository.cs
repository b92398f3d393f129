using SortieChat.Domain.Uploads;

namespace SortieChat.Application.Abstractions.Persistence;

public interface IUploadRepository
{
    /// <summary>The upload whose file is at <paramref name="mediaUrl"/>.</summary>
    Task<Upload?> FindByUrlAsync(string mediaUrl, CancellationToken cancellationToken);

    /// <summary>The bytes the user's uploads take.</summary>
    Task<long> StoredBytesAsync(string uploaderId, CancellationToken cancellationToken);

    /// <summary>Uploads no message ever showed, created before <paramref name="createdBefore"/>, oldest first.</summary>
    Task<IReadOnlyList<Upload>> ListUnusedAsync(DateTimeOffset createdBefore, int limit, CancellationToken cancellationToken);

    void Add(Upload upload);
}
