using SkiaSharp;
using SortieChat.Infrastructure.Media;

namespace SortieChat.Infrastructure.Tests.Media;

/// <summary>
/// Skia's pixels are outside the GC's counters, so the structure is what is tested: the decoder is asked for the
/// thumbnail's scale, never the full size, and only so many decodes run at once.
/// </summary>
public sealed class ThumbnailMakerTests
{
    [Fact]
    public async Task MakeAsync_OfALargeImage_DecodesAtTheThumbnailsScaleNotItsFullSize()
    {
        var image = new FakeDecoder(8000, 6000);

        var thumbnail = await new ThumbnailMaker(1).MakeAsync(image, TestContext.Current.CancellationToken);

        image.AskedScale.Should().Be(0.04f);
        image.DecodedInto.Should().Be(new SKSizeI(320, 240));
        using var decoded = SKBitmap.Decode(thumbnail);
        (decoded.Width, decoded.Height).Should().Be((320, 240));
    }

    [Fact]
    public void DecodeSize_OfARealLargeJpeg_IsTheCodecsScaledSize()
    {
        using var codec = SKCodec.Create(new SKMemoryStream(Jpeg(2560, 1920)));

        var size = ThumbnailMaker.DecodeSize(new CodecImageDecoder(codec));

        size.Should().Be(new SKSizeI(320, 240), "JPEG decodes at 1/8 of its size, which here is exactly the thumbnail");
    }

    [Fact]
    public void DecodeSize_OfARealLargePng_IsItsSizeByAWholeStepNearTheThumbnail()
    {
        using var codec = SKCodec.Create(new SKMemoryStream(Encode(Halves(4000, 3000), SKEncodedImageFormat.Png)));

        var size = ThumbnailMaker.DecodeSize(new CodecImageDecoder(codec));

        size.Should().Be(new SKSizeI(334, 250), "PNG has no scaled decode: its rows are averaged 12 by 12 as they are read");
    }

    [Fact]
    public async Task MakeAsync_OfALargePng_AveragesEachPartOfItIntoItsPlace()
    {
        using var codec = SKCodec.Create(new SKMemoryStream(Encode(Halves(1600, 800), SKEncodedImageFormat.Png)));

        var thumbnail = await new ThumbnailMaker(1).MakeAsync(new CodecImageDecoder(codec), TestContext.Current.CancellationToken);

        using var decoded = SKBitmap.Decode(thumbnail);
        (decoded.Width, decoded.Height).Should().Be((320, 160));
        decoded.GetPixel(10, 80).Should().Be(SKColors.Red);
        decoded.GetPixel(310, 80).Should().Be(SKColors.Blue);
    }

    [Fact]
    public async Task MakeAsync_MoreThanTheLimitAtOnce_DecodesAtMostTheLimitAtATime()
    {
        var maker = new ThumbnailMaker(maxConcurrentDecodes: 2);
        var release = new ManualResetEventSlim();
        var decoding = 0;
        var images = Enumerable.Range(0, 3).Select(_ => new FakeDecoder(640, 480, () =>
        {
            Interlocked.Increment(ref decoding);
            release.Wait(TestContext.Current.CancellationToken);
        })).ToList();

        var thumbnails = images.Select(image => Task.Run(() => maker.MakeAsync(image, TestContext.Current.CancellationToken))).ToList();
        // Every call has arrived: either decoding (and held there) or waiting for a slot.
        while (Volatile.Read(ref decoding) + maker.WaitingDecodes < images.Count)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        var atOnce = Volatile.Read(ref decoding);
        release.Set();
        await Task.WhenAll(thumbnails);

        atOnce.Should().Be(2);
        thumbnails.Should().AllSatisfy(t => t.Result.Should().NotBeNull());
    }

    private static byte[] Jpeg(int width, int height) => Encode(Halves(width, height), SKEncodedImageFormat.Jpeg);

    /// <summary>Red on the left half, blue on the right.</summary>
    private static SKBitmap Halves(int width, int height)
    {
        var bitmap = new SKBitmap(width, height);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.Red);
        using var blue = new SKPaint { Color = SKColors.Blue };
        canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        return bitmap;
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using (bitmap)
        {
            using var image = SKImage.FromBitmap(bitmap);
            return image.Encode(format, 80).ToArray();
        }
    }

    /// <summary>Scales exactly as asked and records what it was asked; <paramref name="whileDecoding"/> runs inside the decode.</summary>
    private sealed class FakeDecoder(int width, int height, Action? whileDecoding = null) : IScaledImageDecoder
    {
        public float? AskedScale { get; private set; }

        public SKSizeI? DecodedInto { get; private set; }

        public SKSizeI Size => new(width, height);

        public SKSizeI ScaledSize(float scale)
        {
            AskedScale = scale;
            return new SKSizeI((int)Math.Ceiling(width * scale), (int)Math.Ceiling(height * scale));
        }

        public bool DecodeInto(SKBitmap target)
        {
            DecodedInto = new SKSizeI(target.Width, target.Height);
            whileDecoding?.Invoke();
            target.Erase(SKColors.OrangeRed);
            return true;
        }
    }
}
