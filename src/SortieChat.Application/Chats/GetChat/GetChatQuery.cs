using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.GetChat;

public sealed record GetChatQuery(string ChatId) : IQuery<Result<ChatDto>>;
