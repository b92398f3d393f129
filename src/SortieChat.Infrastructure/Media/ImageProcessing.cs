using SkiaSharp;

namespace SortieChat.Infrastructure.Media;

/// <summary>Image dimensions from the header, no pixel decoded (thumbnails: <see cref="ThumbnailMaker"/>).</summary>
public static class ImageProcessing
{
    public const long MaxPixels = 40_000_000;

    /// <summary>Null when the bytes do not decode as the image they claim to be.</summary>
    public static SKImageInfo? ReadInfo(string path)
    {
        using var codec = SKCodec.Create(path);
        return codec?.Info;
    }
}
