using MongoDB.Driver;
using SortieChat.Domain.Messages;

namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>
/// The one mapping of a <see cref="MediaAttachment"/> in this store: flat fields at the top of a message or an upload
/// document (the class map serializes a base class's members beside the derived ones, with no discriminator: the same
/// fields as always, the media ones first after <c>_id</c>). A new media field is a property and a line in each method here.
/// </summary>
internal abstract class MediaFieldsDocument
{
    public string? MediaUrl { get; set; }

    public string? ThumbnailUrl { get; set; }

    public double? MediaDuration { get; set; }

    public long? FileSize { get; set; }

    public string? FileName { get; set; }

    public string? MimeType { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public MediaAttachment? ToMedia() =>
        MediaUrl is null ? null : new MediaAttachment(MediaUrl, ThumbnailUrl, MediaDuration, FileSize, FileName, MimeType, Width, Height);

    public void SetMedia(MediaAttachment? media)
    {
        MediaUrl = media?.Url;
        ThumbnailUrl = media?.ThumbnailUrl;
        MediaDuration = media?.Duration;
        FileSize = media?.FileSize;
        FileName = media?.FileName;
        MimeType = media?.MimeType;
        Width = media?.Width;
        Height = media?.Height;
    }
}
