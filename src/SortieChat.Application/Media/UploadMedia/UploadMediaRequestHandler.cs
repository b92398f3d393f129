using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Chats;
using SortieChat.Application.Common;
using SortieChat.Application.Media.RecordUpload;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Media.UploadMedia;

/// <summary>
/// Streams the file in and stores it with no write turn held, then records it (<see cref="RecordUploadCommand"/>, where
/// the quota is checked again in the write transaction). A file whose record is refused is deleted again.
/// </summary>
public sealed class UploadMediaRequestHandler(
    IChatRepository chats, IUploadRepository uploads, ICurrentUser currentUser, IUploadRateLimiter rateLimiter, IMediaIngestor ingestor,
    IMediaLimits limits, IMediaStore mediaStore, ISender sender)
    : IRequestHandler<UploadMediaRequest, Result<UploadedMediaDto>>
{
    public async ValueTask<Result<UploadedMediaDto>> Handle(UploadMediaRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var chat = await chats.FindForMemberAsync(request.SortieId, userId, cancellationToken);
        if (chat.IsFailure)
        {
            return chat.Error!;
        }

        if (!rateLimiter.TryAcquire(userId, out var retryAfter))
        {
            return RequestErrors.RateLimited("uploads", retryAfter);
        }

        var quotaLeft = limits.QuotaBytes - await uploads.StoredBytesAsync(userId, cancellationToken);
        if (quotaLeft <= 0)
        {
            return MediaErrors.QuotaExceeded(limits.QuotaBytes);
        }

        var ingested = await ingestor.IngestAsync(request.Content, request.FileName, quotaLeft, cancellationToken);
        if (ingested.IsFailure)
        {
            return ingested.Error!;
        }

        var measured = ingested.Value;
        Result recorded;
        try
        {
            recorded = await sender.Send(new RecordUploadCommand(request.SortieId, measured), cancellationToken);
        }
        catch
        {
            // A file without its record would never be found by the sweep: it goes now.
            await DeleteFilesAsync(measured, CancellationToken.None);
            throw;
        }

        if (recorded.IsFailure)
        {
            await DeleteFilesAsync(measured, CancellationToken.None);
            return recorded.Error!;
        }

        return measured.ToDto();
    }

    private async Task DeleteFilesAsync(MeasuredMedia measured, CancellationToken cancellationToken)
    {
        await mediaStore.DeleteAsync(measured.Media.Url, cancellationToken);
        if (measured.Media.ThumbnailUrl is { } thumbnail)
        {
            await mediaStore.DeleteAsync(thumbnail, cancellationToken);
        }
    }
}
