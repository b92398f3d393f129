using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.ListChatMembers;

public sealed class ListChatMembersQueryHandler(
    IChatRepository chats, IUserRepository users, IPresenceTracker presence, ICurrentUser currentUser)
    : IQueryHandler<ListChatMembersQuery, Result<IReadOnlyList<ChatMemberDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ChatMemberDto>>> Handle(ListChatMembersQuery query, CancellationToken cancellationToken)
    {
        var found = await chats.FindForMemberAsync(query.SortieId, currentUser.RequireUserId(), cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var chat = found.Value;
        var members = chat.Members;
        var profiles = await users.FindManyAsync([.. members.Select(m => m.UserId)], cancellationToken);
        var online = await presence.GetOnlineUsersAsync(chat.SortieId, cancellationToken);
        return Result<IReadOnlyList<ChatMemberDto>>.Success([.. members.Select(m =>
        {
            var profile = profiles.GetValueOrDefault(m.UserId);
            return new ChatMemberDto(
                m.UserId, profile?.DisplayName ?? string.Empty, profile?.AvatarUrl, m.Role.RoleName(), m.LastReadSeq, online.Contains(m.UserId));
        })]);
    }
}
