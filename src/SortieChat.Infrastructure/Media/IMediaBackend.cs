using SortieChat.Domain.Common;

namespace SortieChat.Infrastructure.Media;

/// <summary>A checked file, ready to keep.</summary>
public sealed record CheckedFile(string TemporaryPath, SniffedType Type, long Size, int? Width, int? Height, double? Duration, byte[]? Thumbnail);

/// <summary>Where a checked upload finally goes; the figures of the answer are the backend's own.</summary>
public sealed record StoredFile(string Url, string? ThumbnailUrl, int? Width, int? Height, double? Duration);

/// <summary>The last step of an upload: keep the file (locally, or at a provider).</summary>
public interface IMediaBackend
{
    Task<Result<StoredFile>> StoreAsync(CheckedFile file, CancellationToken cancellationToken);
}

/// <summary>The local folder: the temporary file is moved into place, the thumbnail stored beside it.</summary>
internal sealed class LocalMediaBackend(LocalMediaStore store) : IMediaBackend
{
    public async Task<Result<StoredFile>> StoreAsync(CheckedFile file, CancellationToken cancellationToken)
    {
        var thumbnailUrl = file.Thumbnail is null ? null : await store.SaveAsync(new MemoryStream(file.Thumbnail), ".png", cancellationToken);
        var url = store.Adopt(file.TemporaryPath, file.Type.Extension);
        return new StoredFile(url, thumbnailUrl, file.Width, file.Height, file.Duration);
    }
}
