using SortieChat.Application.Messages;

namespace SortieChat.Api.Hubs;

public sealed record ConnectedEvent(string UserId);

public sealed record UserTypingEvent(string SortieId, string UserId, bool IsTyping);

/// <summary>userJoinedRoom and userLeftRoom.</summary>
public sealed record UserRoomEvent(string SortieId, string UserId);

/// <summary>getOnlineUsers' answer and the onlineUsers event.</summary>
public sealed record OnlineUsersEvent(string SortieId, IReadOnlyList<string> UserIds, int Count);

public sealed record MessageDeletedEvent(string SortieId, string MessageId);

/// <summary>messageUpdated: the whole message, as history returns it, after an edit, a reaction or a pin.</summary>
public sealed record MessageUpdatedEvent(string SortieId, MessageDto Message);

public sealed record ErrorEvent(string Code, string Message);
