namespace SortieChat.Domain.Messages;

/// <summary>
/// What happened to a message after it was posted. <paramref name="ChangeSeq"/> is its chat's change seq at the
/// message's last change (post, edit, delete, reaction or pin): the change feed's order.
/// </summary>
public sealed record MessageRevision(long ChangeSeq)
{
    /// <summary>Who deleted the message: its sender, or the chat's creator (moderation).</summary>
    public string? DeletedBy { get; init; }

    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>Ordered by first use; an emoji nobody keeps any more is gone.</summary>
    public IReadOnlyList<Reaction> Reactions { get; init; } = [];

    public DateTimeOffset? PinnedAt { get; init; }

    public string? PinnedBy { get; init; }
}
