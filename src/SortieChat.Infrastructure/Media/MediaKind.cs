namespace SortieChat.Infrastructure.Media;

/// <summary>The families of uploads, named as the message types that carry them.</summary>
public enum MediaKind
{
    Image,
    Video,
    Audio,
    File,
}

/// <summary>A file type recognised from its bytes.</summary>
public sealed record SniffedType(MediaKind Kind, string MimeType, string Extension)
{
    public string TypeName => Kind.ToString().ToLowerInvariant();
}
