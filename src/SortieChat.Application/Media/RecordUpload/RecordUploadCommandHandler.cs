using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;
using SortieChat.Domain.Uploads;

namespace SortieChat.Application.Media.RecordUpload;

/// <summary>The quota is read in the write transaction: two uploads at once cannot both squeeze into the last bytes.</summary>
public sealed class RecordUploadCommandHandler(
    IUploadRepository uploads, ICurrentUser currentUser, IIdGenerator ids, IClock clock, IMediaLimits limits)
    : ICommandHandler<RecordUploadCommand, Result>
{
    public async ValueTask<Result> Handle(RecordUploadCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var (type, media) = command.Measured;
        if (await uploads.StoredBytesAsync(userId, cancellationToken) + (media.FileSize ?? 0) > limits.QuotaBytes)
        {
            return MediaErrors.QuotaExceeded(limits.QuotaBytes);
        }

        uploads.Add(Upload.Record(ids.NewId(), userId, command.SortieId, type, media, clock.UtcNow));
        return Result.Success();
    }
}
