using SortieChat.Domain.Common;

namespace SortieChat.Domain.Chats;

public sealed record ChatOpened(string ChatId, string SortieId, string Name, DateTimeOffset OpenedAt) : IDomainEvent;

/// <summary>The new member's watermark starts at <paramref name="LastReadSeq"/>, the message announcing them.</summary>
public sealed record MemberAdded(string ChatId, string SortieId, string UserId, ChatRole Role, long LastReadSeq, DateTimeOffset JoinedAt) : IDomainEvent;

public sealed record MemberRemoved(string ChatId, string SortieId, string UserId, MemberRemovalReason Reason, DateTimeOffset RemovedAt) : IDomainEvent;

public sealed record MessagesRead(string ChatId, string SortieId, string UserId, string MessageId, long LastReadSeq) : IDomainEvent;

public sealed record SlowModeChanged(string ChatId, string SortieId, int CooldownSeconds, DateTimeOffset ChangedAt) : IDomainEvent;

public enum MemberRemovalReason
{
    Refused,
    Left,
}
