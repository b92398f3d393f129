using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.ListMyChats;

public sealed class ListMyChatsQueryHandler(
    IChatRepository chats, IMessageRepository messages, IUnreadMentions mentions, IChatMuteStore mutes, ICurrentUser currentUser)
    : IQueryHandler<ListMyChatsQuery, Result<IReadOnlyList<ChatDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ChatDto>>> Handle(ListMyChatsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var mine = await chats.ListForMemberAsync(userId, cancellationToken);
        return Result<IReadOnlyList<ChatDto>>.Success(await new ChatViews(messages, mentions, mutes).ViewAsync(mine, userId, cancellationToken));
    }
}
