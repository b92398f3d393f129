using SortieChat.Domain.Sorties;

namespace SortieChat.Domain.Messages;

/// <summary>What a sender wants to post, already validated for its type where it entered.</summary>
public sealed record MessageDraft(MessageType Type, string? Content, MediaAttachment? Media, Location? Location)
{
    /// <summary>What a system message says, beside its English content; null for members' messages.</summary>
    public SystemInfo? System { get; init; }

    /// <summary>The members the sender mentions, each once; the content carries their <c>@DisplayName</c> as typed.</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    public static MessageDraft Text(string content) => new(MessageType.Text, content, null, null);

    public static MessageDraft ForSystem(string content, SystemInfo? system = null) => new(MessageType.System, content, null, null) { System = system };
}
