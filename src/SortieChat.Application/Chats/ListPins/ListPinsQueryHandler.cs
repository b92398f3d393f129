using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Application.Messages;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.ListPins;

public sealed class ListPinsQueryHandler(IChatRepository chats, IMessageRepository messages, ICurrentUser currentUser)
    : IQueryHandler<ListPinsQuery, Result<IReadOnlyList<MessageDto>>>
{
    public async ValueTask<Result<IReadOnlyList<MessageDto>>> Handle(ListPinsQuery query, CancellationToken cancellationToken)
    {
        var found = await chats.FindForMemberByChatIdAsync(query.ChatId, currentUser.RequireUserId(), cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var chat = found.Value;
        var pinned = await messages.ListPinnedAsync(chat.Id, cancellationToken);
        return Result<IReadOnlyList<MessageDto>>.Success([.. pinned.Select(m => m.ToDto(chat.Members))]);
    }
}
