using SortieChat.Application.Messages;

namespace SortieChat.Application.Rooms;

/// <summary>joinRoom's answer and joinedRoom's payload: the last messages, oldest first, and the chat's last seq.</summary>
public sealed record RoomSnapshotDto(string SortieId, string ChatId, long LastSeq, IReadOnlyList<MessageDto> Messages, long ChangeSeq);

/// <summary>A member's access to a room.</summary>
public sealed record RoomAccessDto(string SortieId, string ChatId);

/// <summary>chatUpdated's payload for one member.</summary>
public sealed record ChatUpdatedDto(
    string SortieId, string ChatId, long LastSeq, MessageDto? LastMessage, long UnreadCount, long ChangeSeq, long UnreadMentions);

/// <summary>Where to send one member's chatUpdated.</summary>
public sealed record MemberChatUpdate(string UserId, ChatUpdatedDto Update);
