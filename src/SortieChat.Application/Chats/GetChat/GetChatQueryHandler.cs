using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.GetChat;

/// <summary>Members only, by chat id or by sortie id.</summary>
public sealed class GetChatQueryHandler(IChatRepository chats, IMessageRepository messages, ICurrentUser currentUser)
    : IQueryHandler<GetChatQuery, Result<ChatDto>>, IQueryHandler<GetChatBySortieQuery, Result<ChatDto>>
{
    public async ValueTask<Result<ChatDto>> Handle(GetChatQuery query, CancellationToken cancellationToken) =>
        await ViewAsync(await chats.FindByIdAsync(query.ChatId, cancellationToken), cancellationToken);

    public async ValueTask<Result<ChatDto>> Handle(GetChatBySortieQuery query, CancellationToken cancellationToken) =>
        await ViewAsync(await chats.FindBySortieIdAsync(query.SortieId, cancellationToken), cancellationToken);

    private async Task<Result<ChatDto>> ViewAsync(Chat? chat, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        if (chat is null)
        {
            return ChatErrors.NotFound;
        }

        if (!chat.IsMember(userId))
        {
            return ChatErrors.NotAMember;
        }

        var lastMessage = chat.LastMessageId is { } id ? await messages.FindByIdAsync(id, cancellationToken) : null;
        return chat.ToDto(userId, lastMessage);
    }
}
