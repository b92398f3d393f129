using Mediator;
using SortieChat.Application.Messages;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.ListPins;

/// <summary>The pinned messages of a chat, newest pin first (members only).</summary>
public sealed record ListPinsQuery(string ChatId) : IQuery<Result<IReadOnlyList<MessageDto>>>;
