using SkiaSharp;

namespace SortieChat.Infrastructure.Media;

/// <summary>Image dimensions from the header (no pixels decoded) and a thumbnail whose longest side is 320 px.</summary>
public static class ImageProcessing
{
    public const int ThumbnailSide = 320;
    public const long MaxPixels = 40_000_000;

    /// <summary>Null when the bytes do not decode as the image they claim to be.</summary>
    public static SKImageInfo? ReadInfo(string path)
    {
        using var codec = SKCodec.Create(path);
        return codec?.Info;
    }

    /// <summary>PNG thumbnail bytes, or null when the image cannot be decoded.</summary>
    public static byte[]? Thumbnail(string path, SKImageInfo info)
    {
        var scale = Math.Min(1.0, ThumbnailSide / (double)Math.Max(info.Width, info.Height));
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(info.Width * scale)), Math.Max(1, (int)Math.Round(info.Height * scale)));
        using var original = SKBitmap.Decode(path);
        if (original is null)
        {
            return null;
        }

        using var resized = original.Resize(size, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var image = SKImage.FromBitmap(resized ?? original);
        using var data = image.Encode(SKEncodedImageFormat.Png, 90);
        return data?.ToArray();
    }
}
