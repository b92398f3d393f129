using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.ListMyChats;

public sealed class ListMyChatsQueryHandler(IChatRepository chats, IMessageRepository messages, ICurrentUser currentUser)
    : IQueryHandler<ListMyChatsQuery, Result<IReadOnlyList<ChatDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ChatDto>>> Handle(ListMyChatsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var mine = await chats.ListForMemberAsync(userId, cancellationToken);
        var lastMessages = await messages.FindManyAsync(
            [.. mine.Select(c => c.LastMessageId).OfType<string>()], cancellationToken);
        return Result<IReadOnlyList<ChatDto>>.Success(
            [.. mine.Select(c => c.ToDto(userId, c.LastMessageId is { } id ? lastMessages.GetValueOrDefault(id) : null))]);
    }
}
