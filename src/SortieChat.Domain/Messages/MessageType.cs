namespace SortieChat.Domain.Messages;

/// <summary>On the wire in lower case: text, image, video, audio, file, location, system.</summary>
public enum MessageType
{
    Text,
    Image,
    Video,
    Audio,
    File,
    Location,
    System,
}
