using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Chats;
using SortieChat.Application.Common;
using SortieChat.Application.Messages;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Rooms.JoinRoom;

public sealed class JoinRoomQueryHandler(IChatRepository chats, IMessageRepository messages, ICurrentUser currentUser)
    : IQueryHandler<JoinRoomQuery, Result<RoomSnapshotDto>>
{
    public const int MessagesOnJoin = 50;

    public async ValueTask<Result<RoomSnapshotDto>> Handle(JoinRoomQuery query, CancellationToken cancellationToken)
    {
        var found = await chats.FindForMemberAsync(query.SortieId, currentUser.RequireUserId(), cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var chat = found.Value;
        var slice = await messages.GetWindowAsync(chat.Id, new MessageWindow(PageDirection.Older, null, MessagesOnJoin), cancellationToken);
        var lastSeq = slice.Items.Count > 0 ? slice.Items[^1].Seq : chat.LastSeq;
        return new RoomSnapshotDto(chat.SortieId, chat.Id, lastSeq, [.. slice.Items.Select(m => m.ToDto(chat.Members))], chat.ChangeSeq);
    }
}
