using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Common;
using SortieChat.Application.Media;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Infrastructure.Media;

/// <summary>
/// An upload: sniffed from its first bytes, copied to a temporary file while its type's limit is enforced
/// (reading stops just past it), checked and measured, then handed to the backend that keeps it.
/// </summary>
internal sealed class MediaIngestor(LocalMediaStore store, IMediaBackend backend, ThumbnailMaker thumbnails, IOptions<MediaOptions> options) : IMediaIngestor
{
    public async Task<Result<MeasuredMedia>> IngestAsync(Stream content, string? fileName, long quotaLeftBytes, CancellationToken cancellationToken)
    {
        var header = new byte[MediaSniffer.HeaderSize];
        var headerLength = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        if (MediaSniffer.Sniff(header.AsSpan(0, headerLength)) is not { } type)
        {
            return RequestErrors.UnsupportedMediaType(headerLength == 0 ? "The file is empty." : "The file's bytes are not an allowed image, video, audio or document type.");
        }

        var typeLimit = options.Value.MaxBytes(type.Kind);
        var limit = Math.Min(typeLimit, quotaLeftBytes);
        var temporary = store.NewTemporaryPath();
        try
        {
            var size = await CopyWithinLimitAsync(header.AsMemory(0, headerLength), content, temporary, limit, cancellationToken);
            if (size > limit)
            {
                return limit == typeLimit ? MediaErrors.FileTooLarge(type.TypeName, limit) : MediaErrors.QuotaExceeded(options.Value.QuotaBytes);
            }

            var measured = await MeasureAsync(type, temporary, cancellationToken);
            if (measured.IsFailure)
            {
                return measured.Error!;
            }

            var (width, height, duration, thumbnail) = measured.Value;
            var stored = await backend.StoreAsync(new CheckedFile(temporary, type, size, width, height, duration, thumbnail), cancellationToken);
            return stored.IsSuccess
                ? new MeasuredMedia(type.MessageType, new MediaAttachment(
                    stored.Value.Url, stored.Value.ThumbnailUrl, stored.Value.Duration, size, CleanFileName(fileName), type.MimeType,
                    stored.Value.Width, stored.Value.Height))
                : stored.Error!;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Copies until the end or one byte past the limit, whichever comes first; returns the bytes seen.</summary>
    private static async Task<long> CopyWithinLimitAsync(ReadOnlyMemory<byte> header, Stream rest, string path, long limit, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await file.WriteAsync(header, cancellationToken);
        long size = header.Length;
        var buffer = new byte[81920];
        while (size <= limit)
        {
            var read = await rest.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - size + 1)), cancellationToken);
            if (read == 0)
            {
                break;
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            size += read;
        }

        await file.FlushAsync(cancellationToken);
        return size;
    }

    private async Task<Result<(int? Width, int? Height, double? Duration, byte[]? Thumbnail)>> MeasureAsync(
        SniffedType type, string path, CancellationToken cancellationToken)
    {
        if (type.MimeType == "text/plain")
        {
            await using var text = File.OpenRead(path);
            if (!await PlainTextCheck.IsPlainTextAsync(text, cancellationToken))
            {
                return RequestErrors.UnsupportedMediaType("The file is not plain UTF-8 text.");
            }
        }

        if (type.Kind != MediaKind.Image)
        {
            await using var file = File.OpenRead(path);
            return (null, null, MediaDurations.Of(type, file), null);
        }

        // The header gives the dimensions without decoding a pixel: a decompression bomb stops here.
        if (ImageProcessing.ReadInfo(path) is not { } info)
        {
            return RequestErrors.UnsupportedMediaType("The image cannot be decoded.");
        }

        if ((long)info.Width * info.Height > ImageProcessing.MaxPixels)
        {
            return RequestErrors.FileTooLarge($"The image has {(long)info.Width * info.Height / 1_000_000} megapixels; the limit is 40.");
        }

        return await thumbnails.MakeAsync(path, cancellationToken) is { } thumbnail
            ? (info.Width, info.Height, null, thumbnail)
            : RequestErrors.UnsupportedMediaType("The image cannot be decoded.");
    }

    /// <summary>For display only: no folders, no control characters, at most 255 characters.</summary>
    private static string? CleanFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name.Length == 0 ? null : name[..Math.Min(name.Length, 255)];
    }
}
