using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.ListMyChats;

/// <summary>The caller's chats with their last message and unread count, most recent activity first.</summary>
public sealed record ListMyChatsQuery : IQuery<Result<IReadOnlyList<ChatDto>>>;
