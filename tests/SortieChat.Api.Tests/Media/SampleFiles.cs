using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace SortieChat.Api.Tests.Media;

/// <summary>Small real files of each family, built here byte by byte or drawn with SkiaSharp.</summary>
public static class SampleFiles
{
    public static byte[] Png(int width = 64, int height = 48)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SkyBlue);
            using var paint = new SKPaint { Color = SKColors.OrangeRed };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    /// <summary>A PNG whose header claims 20,000 × 20,000 pixels (400 megapixels) in a few bytes.</summary>
    public static byte[] DecompressionBombPng()
    {
        var png = Png(8, 8);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(16, 4), 20_000);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(20, 4), 20_000);
        var crc = Crc32(png.AsSpan(12, 17));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29, 4), crc);
        return png;
    }

    /// <summary>8-bit mono PCM at 8,000 Hz: <paramref name="seconds"/> of a square wave.</summary>
    public static byte[] Wav(double seconds)
    {
        var samples = (int)(8000 * seconds);
        var wav = new byte[44 + samples];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(wav, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(4), (uint)(36 + samples));
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(wav, 8);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(16), 16);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(20), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(22), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(24), 8000);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(28), 8000);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(32), 1);
        BinaryPrimitives.WriteUInt16LittleEndian(wav.AsSpan(34), 8);
        Encoding.ASCII.GetBytes("data").CopyTo(wav, 36);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(40), (uint)samples);
        for (var i = 0; i < samples; i++)
        {
            wav[44 + i] = (byte)(i / 20 % 2 == 0 ? 200 : 56);
        }

        return wav;
    }

    /// <summary>The smallest MP4 that says how long it lasts: ftyp, then moov holding an mvhd.</summary>
    public static byte[] Mp4(uint timescale, uint duration)
    {
        var mvhd = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(12), timescale);
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(16), duration);
        return [.. Mp4Ftyp(), .. Box("moov", Box("mvhd", mvhd))];
    }

    /// <summary>An MP4 whose box before moov claims a 64-bit size near the largest a long holds.</summary>
    public static byte[] Mp4WithAHugeBoxSize()
    {
        var free = new byte[16];
        BinaryPrimitives.WriteUInt32BigEndian(free, 1);
        "free"u8.CopyTo(free.AsSpan(4));
        BinaryPrimitives.WriteUInt64BigEndian(free.AsSpan(8), 0x7FFF_FFFF_FFFF_FFF0UL);
        var mp4 = Mp4(1000, 2500);
        var ftypLength = Mp4Ftyp().Length;
        return [.. mp4[..ftypLength], .. free, .. mp4[ftypLength..]];
    }

    private static byte[] Mp4Ftyp() => Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isomiso2mp41"u8]);

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    /// <summary>The CRC-32 that PNG chunks carry (polynomial 0xEDB88320).</summary>
    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] Box(string type, byte[] content)
    {
        var box = new byte[8 + content.Length];
        BinaryPrimitives.WriteUInt32BigEndian(box, (uint)box.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(box, 4);
        content.CopyTo(box, 8);
        return box;
    }
}
