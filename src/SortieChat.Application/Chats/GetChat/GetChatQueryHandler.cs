using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Application.Common;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.GetChat;

/// <summary>Members only, by chat id or by sortie id.</summary>
public sealed class GetChatQueryHandler(
    IChatRepository chats, IMessageRepository messages, IUnreadMentions mentions, IChatMuteStore mutes, ICurrentUser currentUser)
    : IQueryHandler<GetChatQuery, Result<ChatDto>>, IQueryHandler<GetChatBySortieQuery, Result<ChatDto>>
{
    public async ValueTask<Result<ChatDto>> Handle(GetChatQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return await ViewAsync(await chats.FindForMemberByChatIdAsync(query.ChatId, userId, cancellationToken), userId, cancellationToken);
    }

    public async ValueTask<Result<ChatDto>> Handle(GetChatBySortieQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return await ViewAsync(await chats.FindForMemberAsync(query.SortieId, userId, cancellationToken), userId, cancellationToken);
    }

    private async Task<Result<ChatDto>> ViewAsync(Result<Chat> found, string userId, CancellationToken cancellationToken)
    {
        if (found.IsFailure)
        {
            return found.Error!;
        }

        return await new ChatViews(messages, mentions, mutes).ViewAsync(found.Value, userId, cancellationToken);
    }
}
