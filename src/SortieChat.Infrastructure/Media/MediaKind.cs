using SortieChat.Domain.Messages;

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
    public string TypeName => MessageType.ToName();

    /// <summary>The message type that carries a file of this kind.</summary>
    public MessageType MessageType => Kind switch
    {
        MediaKind.Image => MessageType.Image,
        MediaKind.Video => MessageType.Video,
        MediaKind.Audio => MessageType.Audio,
        _ => MessageType.File,
    };
}
