using SortieChat.Domain.Common;

namespace SortieChat.Domain.Chats;

public sealed record ChatOpened(string ChatId, string SortieId, string Name, DateTimeOffset OpenedAt) : ISortieEvent;

/// <summary>The new member's watermark starts at <paramref name="LastReadSeq"/>, the message announcing them.</summary>
public sealed record MemberAdded(string ChatId, string SortieId, string UserId, ChatRole Role, long LastReadSeq, DateTimeOffset JoinedAt) : ISortieEvent;

public sealed record MemberRemoved(string ChatId, string SortieId, string UserId, MemberRemovalReason Reason, DateTimeOffset RemovedAt) : ISortieEvent;

public sealed record MessagesRead(string ChatId, string SortieId, string UserId, string MessageId, long LastReadSeq) : ISortieEvent;

public sealed record SlowModeChanged(string ChatId, string SortieId, int CooldownSeconds, DateTimeOffset ChangedAt) : ISortieEvent;

public enum MemberRemovalReason
{
    Refused,
    Left,
}
