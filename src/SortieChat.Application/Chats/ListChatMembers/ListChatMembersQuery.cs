using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.ListChatMembers;

public sealed record ListChatMembersQuery(string SortieId) : IQuery<Result<IReadOnlyList<ChatMemberDto>>>;
