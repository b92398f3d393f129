using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.GetMessage;

public sealed class GetMessageQueryHandler(IMessageRepository messages, IChatRepository chats, ICurrentUser currentUser)
    : IQueryHandler<GetMessageQuery, Result<MessageDto>>
{
    public async ValueTask<Result<MessageDto>> Handle(GetMessageQuery query, CancellationToken cancellationToken)
    {
        var found = await messages.FindForMemberAsync(chats, query.MessageId, currentUser.RequireUserId(), cancellationToken);
        return found.IsSuccess ? found.Value.Message.ToDto(found.Value.Chat.Members) : found.Error!;
    }
}
