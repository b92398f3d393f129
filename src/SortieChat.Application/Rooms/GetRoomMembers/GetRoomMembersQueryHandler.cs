using Mediator;
using SortieChat.Application.Abstractions.Persistence;

namespace SortieChat.Application.Rooms.GetRoomMembers;

public sealed class GetRoomMembersQueryHandler(IChatRepository chats) : IQueryHandler<GetRoomMembersQuery, IReadOnlySet<string>>
{
    public async ValueTask<IReadOnlySet<string>> Handle(GetRoomMembersQuery query, CancellationToken cancellationToken) =>
        await chats.FindBySortieIdAsync(query.SortieId, cancellationToken) is { } chat
            ? chat.Members.Select(m => m.UserId).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
}
