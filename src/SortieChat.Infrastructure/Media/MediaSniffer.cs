using System.Text;

namespace SortieChat.Infrastructure.Media;

/// <summary>
/// Decides a file's type from its first bytes (magic numbers) alone; the name and the declared content type are
/// never asked. SVG, HTML and anything XML-like are refused: they can carry script.
/// </summary>
public static class MediaSniffer
{
    public const int HeaderSize = 4096;

    public static SniffedType? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.IsEmpty)
        {
            return null;
        }

        return Image(header) ?? Audio(header) ?? Video(header) ?? Document(header) ?? Text(header);
    }

    private static SniffedType? Image(ReadOnlySpan<byte> h) =>
        h.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? new(MediaKind.Image, "image/jpeg", ".jpg")
        : h.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? new(MediaKind.Image, "image/png", ".png")
        : h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8) ? new(MediaKind.Image, "image/gif", ".gif")
        : IsRiff(h, "WEBP"u8) ? new(MediaKind.Image, "image/webp", ".webp")
        : null;

    private static SniffedType? Audio(ReadOnlySpan<byte> h) =>
        IsRiff(h, "WAVE"u8) ? new(MediaKind.Audio, "audio/wav", ".wav")
        : h.StartsWith("OggS"u8) ? new(MediaKind.Audio, "audio/ogg", ".ogg")
        : h.StartsWith("ID3"u8) || IsMp3Frame(h) ? new(MediaKind.Audio, "audio/mpeg", ".mp3")
        : h.Length >= 2 && h[0] == 0xFF && (h[1] & 0xF6) == 0xF0 ? new(MediaKind.Audio, "audio/aac", ".aac")
        : IsFtyp(h, out var brand) && brand is "M4A " or "M4B " ? new(MediaKind.Audio, "audio/mp4", ".m4a")
        : null;

    private static SniffedType? Video(ReadOnlySpan<byte> h) =>
        IsFtyp(h, out var brand) ? brand == "qt  " ? new(MediaKind.Video, "video/quicktime", ".mov") : new(MediaKind.Video, "video/mp4", ".mp4")
        : h.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]) ? new(MediaKind.Video, "video/webm", ".webm")
        : null;

    private static SniffedType? Document(ReadOnlySpan<byte> h)
    {
        if (h.StartsWith("%PDF-"u8))
        {
            return new(MediaKind.File, "application/pdf", ".pdf");
        }

        if (!h.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return null;
        }

        // Office documents are zip files whose first entries name their part folders.
        return h.IndexOf("word/"u8) >= 0 ? new(MediaKind.File, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx")
            : h.IndexOf("xl/"u8) >= 0 ? new(MediaKind.File, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")
            : h.IndexOf("ppt/"u8) >= 0 ? new(MediaKind.File, "application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx")
            : null;
    }

    private static SniffedType? Text(ReadOnlySpan<byte> h) =>
        new PlainTextCheck().Add(h, isLast: false) ? new(MediaKind.File, "text/plain", ".txt") : null;

    private static bool IsRiff(ReadOnlySpan<byte> h, ReadOnlySpan<byte> form) => h.Length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual(form);

    private static bool IsFtyp(ReadOnlySpan<byte> h, out string brand)
    {
        brand = h.Length >= 12 && h[4..8].SequenceEqual("ftyp"u8) ? Encoding.ASCII.GetString(h[8..12]) : string.Empty;
        return brand.Length > 0;
    }

    /// <summary>An MPEG audio layer III frame header: 11 sync bits, then a valid version, layer III and bitrate.</summary>
    private static bool IsMp3Frame(ReadOnlySpan<byte> h) =>
        h.Length >= 3 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0 && (h[1] & 0x06) == 0x02 && (h[1] & 0x18) != 0x08 && (h[2] & 0xF0) != 0xF0;
}
