using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Rooms.GetRoomAccess;

public sealed class GetRoomAccessQueryHandler(IChatRepository chats, ICurrentUser currentUser) : IQueryHandler<GetRoomAccessQuery, Result<RoomAccessDto>>
{
    public async ValueTask<Result<RoomAccessDto>> Handle(GetRoomAccessQuery query, CancellationToken cancellationToken)
    {
        if (await chats.FindBySortieIdAsync(query.SortieId, cancellationToken) is not { } chat)
        {
            return SortieErrors.NotFound;
        }

        return chat.IsMember(currentUser.RequireUserId()) ? new RoomAccessDto(chat.SortieId, chat.Id) : ChatErrors.NotAMember;
    }
}
