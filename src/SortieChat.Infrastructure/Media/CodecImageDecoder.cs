using System.Runtime.InteropServices;
using SkiaSharp;

namespace SortieChat.Infrastructure.Media;

/// <summary>
/// Skia's codec. JPEG and WebP decode at a fraction of their size by themselves; an image whose codec cannot (PNG,
/// for one) is read one row at a time and averaged down by a whole step as the rows arrive, so that only one of its
/// rows is ever held at full width. A codec that cannot give rows in order is decoded whole, then averaged down.
/// </summary>
internal sealed class CodecImageDecoder(SKCodec codec) : IScaledImageDecoder
{
    private int step = 1;

    public SKSizeI Size => codec.Info.Size;

    public SKSizeI ScaledSize(float scale)
    {
        var byCodec = codec.GetScaledDimensions(scale);
        step = byCodec == Size ? Math.Max(1, (int)Math.Floor(1 / scale)) : 1;
        return step == 1 ? byCodec : new SKSizeI(CeilDiv(Size.Width, step), CeilDiv(Size.Height, step));
    }

    public bool DecodeInto(SKBitmap target)
    {
        if (step == 1)
        {
            return Decoded(codec.GetPixels(target.Info, target.GetPixels()));
        }

        var full = new SKImageInfo(Size.Width, Size.Height, target.ColorType, target.AlphaType);
        if (codec.StartScanlineDecode(full) == SKCodecResult.Success && codec.ScanlineOrder == SKCodecScanlineOrder.TopDown)
        {
            return DecodeRowsInto(target, full.RowBytes);
        }

        using var whole = new SKBitmap(full);
        return Decoded(codec.GetPixels(full, whole.GetPixels()))
            && whole.ScalePixels(target, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None));
    }

    private static bool Decoded(SKCodecResult result) => result is SKCodecResult.Success or SKCodecResult.IncompleteInput;

    private static int CeilDiv(int value, int divisor) => (value + divisor - 1) / divisor;

    /// <summary>Each target pixel is the mean of the <c>step × step</c> source pixels it covers (fewer at the right and bottom edges).</summary>
    private bool DecodeRowsInto(SKBitmap target, int rowBytes)
    {
        const int Channels = 4;
        var row = new byte[rowBytes];
        var sums = new long[target.Width * Channels];
        var pixels = target.GetPixelSpan();
        var handle = GCHandle.Alloc(row, GCHandleType.Pinned);
        try
        {
            var rowsInBand = 0;
            for (var y = 0; y < Size.Height; y++)
            {
                if (codec.GetScanlines(handle.AddrOfPinnedObject(), 1, rowBytes) < 1)
                {
                    Array.Clear(row); // A truncated image ends in transparent rows, as a full decode fills it.
                }

                for (var x = 0; x < Size.Width; x++)
                {
                    var sum = x / step * Channels;
                    for (var c = 0; c < Channels; c++)
                    {
                        sums[sum + c] += row[(x * Channels) + c];
                    }
                }

                rowsInBand++;
                if (rowsInBand == step || y == Size.Height - 1)
                {
                    var output = pixels.Slice(y / step * target.RowBytes, target.Width * Channels);
                    for (var column = 0; column < target.Width; column++)
                    {
                        var count = (long)rowsInBand * (Math.Min(Size.Width, (column + 1) * step) - (column * step));
                        for (var c = 0; c < Channels; c++)
                        {
                            output[(column * Channels) + c] = (byte)((sums[(column * Channels) + c] + (count / 2)) / count);
                        }
                    }

                    Array.Clear(sums);
                    rowsInBand = 0;
                }
            }

            return true;
        }
        finally
        {
            handle.Free();
        }
    }
}
