using SkiaSharp;

namespace SortieChat.Infrastructure.Media;

/// <summary>Skia's codec: JPEG and WebP decode at a fraction of their size; the others at full size.</summary>
internal sealed class CodecImageDecoder(SKCodec codec) : IScaledImageDecoder
{
    public SKSizeI Size => codec.Info.Size;

    public SKSizeI ScaledSize(float scale) => codec.GetScaledDimensions(scale);

    public bool DecodeInto(SKBitmap target) =>
        codec.GetPixels(target.Info, target.GetPixels()) is SKCodecResult.Success or SKCodecResult.IncompleteInput;
}
