using SortieChat.Domain.Sorties;

namespace SortieChat.Domain.Messages;

/// <summary>What a sender wants to post, already validated for its type where it entered.</summary>
public sealed record MessageDraft(MessageType Type, string? Content, MediaAttachment? Media, Location? Location)
{
    public static MessageDraft Text(string content) => new(MessageType.Text, content, null, null);

    public static MessageDraft System(string content) => new(MessageType.System, content, null, null);
}
