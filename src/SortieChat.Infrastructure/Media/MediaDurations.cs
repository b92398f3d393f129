using System.Buffers.Binary;
using System.Text;

namespace SortieChat.Infrastructure.Media;

/// <summary>Durations read from the container headers, for WAV and MP4/MOV; null when the header says nothing usable.</summary>
public static class MediaDurations
{
    public static double? Of(SniffedType type, Stream file) => type.Extension switch
    {
        ".wav" => Wav(file),
        ".mp4" or ".mov" or ".m4a" => Mp4(file),
        _ => null,
    };

    /// <summary>RIFF chunks: the fmt chunk's byte rate and the data chunk's size.</summary>
    public static double? Wav(Stream file)
    {
        file.Position = 12;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> format = stackalloc byte[16];
        long? byteRate = null;
        while (ReadExactly(file, chunk))
        {
            var id = Encoding.ASCII.GetString(chunk[..4]);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (id == "fmt " && size >= 16)
            {
                if (!ReadExactly(file, format))
                {
                    return null;
                }

                byteRate = BinaryPrimitives.ReadUInt32LittleEndian(format[8..12]);
                file.Position += size - 16 + (size % 2);
            }
            else if (id == "data")
            {
                return byteRate is > 0 ? Math.Round(size / (double)byteRate.Value, 3) : null;
            }
            else
            {
                file.Position += size + (size % 2);
            }
        }

        return null;
    }

    /// <summary>ISO base media: the movie header (moov/mvhd) holds a timescale and a duration.</summary>
    public static double? Mp4(Stream file)
    {
        file.Position = 0;
        return FindBox(file, file.Length, "moov") is { } moov && FindBox(file, moov, "mvhd") is not null ? ReadMvhd(file) : null;
    }

    /// <summary>Moves to the content of the first box of that type before <paramref name="end"/>; returns where the box ends.</summary>
    private static long? FindBox(Stream file, long end, string type)
    {
        Span<byte> header = stackalloc byte[8];
        Span<byte> large = stackalloc byte[8];
        while (file.Position + 8 <= end && ReadExactly(file, header))
        {
            long size = BinaryPrimitives.ReadUInt32BigEndian(header[..4]);
            var boxStart = file.Position - 8;
            if (size == 1)
            {
                if (!ReadExactly(file, large))
                {
                    return null;
                }

                size = (long)BinaryPrimitives.ReadUInt64BigEndian(large);
            }
            else if (size == 0)
            {
                size = end - boxStart;
            }

            // Compared as what is left, not as boxStart + size: a 64-bit size near long.MaxValue would overflow the sum.
            if (size < 8 || size > end - boxStart)
            {
                return null;
            }

            if (Encoding.ASCII.GetString(header[4..]) == type)
            {
                return boxStart + size;
            }

            file.Position = boxStart + size;
        }

        return null;
    }

    private static double? ReadMvhd(Stream file)
    {
        Span<byte> box = stackalloc byte[32];
        if (!ReadExactly(file, box[..4]))
        {
            return null;
        }

        var version = box[0];
        var length = version == 1 ? 28 : 16;
        if (!ReadExactly(file, box[..length]))
        {
            return null;
        }

        var (timescale, duration) = version == 1
            ? (BinaryPrimitives.ReadUInt32BigEndian(box[16..20]), (double)BinaryPrimitives.ReadUInt64BigEndian(box[20..28]))
            : (BinaryPrimitives.ReadUInt32BigEndian(box[8..12]), BinaryPrimitives.ReadUInt32BigEndian(box[12..16]));
        return timescale > 0 ? Math.Round(duration / timescale, 3) : null;
    }

    private static bool ReadExactly(Stream file, Span<byte> buffer)
    {
        try
        {
            file.ReadExactly(buffer);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
