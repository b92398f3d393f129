using Mediator;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Messages;
using SortieChat.Domain.Common;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Rooms.GetChatUpdates;

public sealed class GetChatUpdatesQueryHandler(IChatRepository chats, IMessageRepository messages, IUnreadMentions mentions)
    : IQueryHandler<GetChatUpdatesQuery, Result<IReadOnlyList<MemberChatUpdate>>>
{
    public async ValueTask<Result<IReadOnlyList<MemberChatUpdate>>> Handle(GetChatUpdatesQuery query, CancellationToken cancellationToken)
    {
        if (await chats.FindBySortieIdAsync(query.SortieId, cancellationToken) is not { } chat)
        {
            return SortieErrors.NotFound;
        }

        var lastMessage = chat.LastMessageId is { } id ? (await messages.FindByIdAsync(id, cancellationToken))?.ToDto(chat.Members) : null;
        var unreadMentions = await mentions.OfMembersAsync(chat.Id, chat.Members, cancellationToken);
        return Result<IReadOnlyList<MemberChatUpdate>>.Success([.. chat.Members.Select(m => new MemberChatUpdate(
            m.UserId,
            new ChatUpdatedDto(
                chat.SortieId, chat.Id, chat.LastSeq, lastMessage, Math.Max(0, chat.LastSeq - m.LastReadSeq), chat.ChangeSeq,
                unreadMentions.GetValueOrDefault(m.UserId))))]);
    }
}
