using SortieChat.Application.Media;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Abstractions;

/// <summary>
/// Takes an uploaded file as it streams in: decides its type from its bytes alone, enforces that type's size
/// limit while reading (file_too_large) and the room left in the uploader's quota (quota_exceeded), refuses what is
/// not allowed (unsupported_media_type), measures it and stores it (with a thumbnail for images). Nothing
/// half-stored is left behind on failure.
/// </summary>
public interface IMediaIngestor
{
    Task<Result<MeasuredMedia>> IngestAsync(Stream content, string? fileName, long quotaLeftBytes, CancellationToken cancellationToken);
}
