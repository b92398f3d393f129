using SkiaSharp;

namespace SortieChat.Infrastructure.Media;

/// <summary>
/// PNG thumbnails whose longest side is <see cref="Side"/>. The image is decoded at the smallest size its codec offers
/// that still covers the thumbnail, never larger than needed, and at most <c>maxConcurrentDecodes</c> at once: Skia's
/// pixel memory is outside the GC's view, so nothing else would bound it.
/// </summary>
public sealed class ThumbnailMaker(int maxConcurrentDecodes)
{
    public const int Side = 320;

    private readonly SemaphoreSlim decodes = new(maxConcurrentDecodes, maxConcurrentDecodes);
    private int waiting;

    /// <summary>Thumbnails waiting for a decode slot.</summary>
    public int WaitingDecodes => Volatile.Read(ref waiting);

    /// <summary>Null when the file does not decode as an image.</summary>
    public async Task<byte[]?> MakeAsync(string path, CancellationToken cancellationToken)
    {
        using var codec = SKCodec.Create(path);
        return codec is null ? null : await MakeAsync(new CodecImageDecoder(codec), cancellationToken);
    }

    public async Task<byte[]?> MakeAsync(IScaledImageDecoder image, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref waiting);
        try
        {
            await decodes.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }

        try
        {
            return Make(image);
        }
        finally
        {
            decodes.Release();
        }
    }

    /// <summary>The size to decode at: what the decoder offers for the thumbnail's scale.</summary>
    public static SKSizeI DecodeSize(IScaledImageDecoder image) => image.ScaledSize(ScaleOf(image.Size));

    private static float ScaleOf(SKSizeI size) => Math.Min(1f, Side / (float)Math.Max(size.Width, size.Height));

    private static byte[]? Make(IScaledImageDecoder image)
    {
        var decodeSize = DecodeSize(image);
        using var decoded = new SKBitmap(new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        if (!image.DecodeInto(decoded))
        {
            return null;
        }

        var scale = ScaleOf(image.Size);
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(image.Size.Width * scale)), Math.Max(1, (int)Math.Round(image.Size.Height * scale)));
        using var resized = size.Width == decoded.Width && size.Height == decoded.Height
            ? null
            : decoded.Resize(size, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var encoded = SKImage.FromBitmap(resized ?? decoded);
        using var data = encoded.Encode(SKEncodedImageFormat.Png, 90);
        return data?.ToArray();
    }
}
