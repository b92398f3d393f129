using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Media.RemoveUpload;

namespace SortieChat.Application.Media.DiscardUnusedUploads;

/// <summary>
/// Deletes the uploads that no message showed within <see cref="IMediaLimits.UnusedUploadLifetime"/>: each one is first
/// made unattachable (so that no message can show it from then on), then its files go, then its record. A sweep
/// stopped half-way is finished by the next one: the upload is still unused, and deleting a file twice is harmless.
/// </summary>
public sealed class UnusedUploadSweep(IUploadRepository uploads, ISender sender, IMediaStore mediaStore, IMediaLimits limits)
{
    private const int Batch = 100;

    /// <returns>How many uploads were deleted.</returns>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var deleted = 0;
        IReadOnlyList<Domain.Uploads.Upload> unused;
        do
        {
            unused = await uploads.ListUnusedAsync(now - limits.UnusedUploadLifetime, Batch, cancellationToken);
            foreach (var upload in unused)
            {
                if ((await sender.Send(new StartDiscardingUploadCommand(upload.Media.Url), cancellationToken)).IsFailure)
                {
                    continue; // A message showed it in the meantime: it stays.
                }

                await mediaStore.DeleteAsync(upload.Media.Url, cancellationToken);
                if (upload.Media.ThumbnailUrl is { } thumbnail)
                {
                    await mediaStore.DeleteAsync(thumbnail, cancellationToken);
                }

                await sender.Send(new RemoveUploadCommand(upload.Media.Url), cancellationToken);
                deleted++;
            }
        }
        while (unused.Count == Batch);

        return deleted;
    }
}
