using SortieChat.Application.Messages;

namespace SortieChat.Application.Chats;

/// <summary>A chat as its member sees it; <see cref="UnreadCount"/> is for that member.</summary>
public sealed record ChatDto
{
    public required string Id { get; init; }

    public required string SortieId { get; init; }

    public required string Name { get; init; }

    public string? Avatar { get; init; }

    public required IReadOnlyList<string> Members { get; init; }

    public MessageDto? LastMessage { get; init; }

    public required long LastSeq { get; init; }

    /// <summary>Raised by each change of one of its messages: the highest <c>changedAfter</c> worth asking for.</summary>
    public required long ChangeSeq { get; init; }

    public required int CooldownSeconds { get; init; }

    public long UnreadCount { get; init; }

    /// <summary>Messages above the member's watermark that mention them.</summary>
    public long UnreadMentions { get; init; }

    /// <summary>Whether the member muted the chat's pushes (mentions are still pushed).</summary>
    public bool Muted { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
