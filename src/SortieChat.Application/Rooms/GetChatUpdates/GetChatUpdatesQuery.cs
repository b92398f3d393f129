using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Rooms.GetChatUpdates;

/// <summary>For the server: each member's current view of the chat (last message, unread count), for chatUpdated.</summary>
public sealed record GetChatUpdatesQuery(string SortieId) : IQuery<Result<IReadOnlyList<MemberChatUpdate>>>;
