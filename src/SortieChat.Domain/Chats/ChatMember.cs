namespace SortieChat.Domain.Chats;

/// <summary>A member of a chat, with their read watermark and the time of their last message (for slow mode).</summary>
public sealed class ChatMember
{
    public ChatMember(string userId, ChatRole role, DateTimeOffset joinedAt, long lastReadSeq, DateTimeOffset? lastSentAt)
    {
        UserId = userId;
        Role = role;
        JoinedAt = joinedAt;
        LastReadSeq = lastReadSeq;
        LastSentAt = lastSentAt;
    }

    public string UserId { get; }

    public ChatRole Role { get; }

    public DateTimeOffset JoinedAt { get; }

    public long LastReadSeq { get; private set; }

    public DateTimeOffset? LastSentAt { get; private set; }

    /// <summary>Moves the watermark forward; returns false when it would not move.</summary>
    internal bool ReadUpTo(long seq)
    {
        if (seq <= LastReadSeq)
        {
            return false;
        }

        LastReadSeq = seq;
        return true;
    }

    internal void Sent(long seq, DateTimeOffset at)
    {
        ReadUpTo(seq);
        LastSentAt = at;
    }
}
