namespace SortieChat.Domain.Messages;

public static class MessageTypeNames
{
    public static readonly IReadOnlyList<string> All = ["text", "image", "video", "audio", "file", "location", "system"];

    public static string ToName(this MessageType type) => All[(int)type];

    public static bool TryParse(string? name, out MessageType type)
    {
        var index = name is null ? -1 : IndexOf(name);
        type = index < 0 ? default : (MessageType)index;
        return index >= 0;
    }

    /// <summary>Every type but <see cref="MessageType.System"/>, which only the server posts.</summary>
    public static bool IsPostedByMembers(this MessageType type) => type != MessageType.System;

    public static bool IsMedia(this MessageType type) =>
        type is MessageType.Image or MessageType.Video or MessageType.Audio or MessageType.File;

    private static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
