using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.GetChat;

public sealed record GetChatBySortieQuery(string SortieId) : IQuery<Result<ChatDto>>;
