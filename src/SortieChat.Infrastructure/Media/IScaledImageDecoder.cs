using SkiaSharp;

namespace SortieChat.Infrastructure.Media;

/// <summary>An encoded image that can be decoded straight to a smaller size (<see cref="SKCodec"/> through <see cref="CodecImageDecoder"/>).</summary>
public interface IScaledImageDecoder
{
    SKSizeI Size { get; }

    /// <summary>The size the decoder can produce nearest to <paramref name="scale"/> (never below it).</summary>
    SKSizeI ScaledSize(float scale);

    /// <summary>
    /// Decodes into <paramref name="target"/> (RGBA, premultiplied), whose size is the one <see cref="ScaledSize"/> gave last;
    /// false when the bytes do not decode.
    /// </summary>
    bool DecodeInto(SKBitmap target);
}
