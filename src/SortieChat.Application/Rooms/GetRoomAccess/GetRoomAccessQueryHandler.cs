using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Chats;
using SortieChat.Application.Common;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Rooms.GetRoomAccess;

public sealed class GetRoomAccessQueryHandler(IChatRepository chats, ICurrentUser currentUser) : IQueryHandler<GetRoomAccessQuery, Result<RoomAccessDto>>
{
    public async ValueTask<Result<RoomAccessDto>> Handle(GetRoomAccessQuery query, CancellationToken cancellationToken)
    {
        var chat = await chats.FindForMemberAsync(query.SortieId, currentUser.RequireUserId(), cancellationToken);
        return chat.IsSuccess ? new RoomAccessDto(chat.Value.SortieId, chat.Value.Id) : chat.Error!;
    }
}
