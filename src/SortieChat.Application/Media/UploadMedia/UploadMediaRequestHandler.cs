using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Chats;
using SortieChat.Application.Common;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Media.UploadMedia;

public sealed class UploadMediaRequestHandler(
    IChatRepository chats, ICurrentUser currentUser, IUploadRateLimiter rateLimiter, IMediaIngestor ingestor)
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

        return await ingestor.IngestAsync(request.Content, request.FileName, cancellationToken);
    }
}
