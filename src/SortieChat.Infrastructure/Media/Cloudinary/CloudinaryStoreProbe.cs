using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Media.Cloudinary;

/// <summary>
/// Cloudinary is ready when it is configured (checked at start); it is not called, so that a probe every few seconds
/// costs no API quota. A failing upload answers 502 media_provider_failed on its own.
/// </summary>
internal sealed class CloudinaryStoreProbe : IMediaStoreProbe
{
    public string Provider => "Cloudinary";

    public Task<string?> FindProblemAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
