using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages.MarkAsRead;

public sealed class MarkAsReadCommandHandler(IMessageRepository messages, IChatRepository chats, ICurrentUser currentUser)
    : ICommandHandler<MarkAsReadCommand, Result<ReadStateDto>>
{
    public async ValueTask<Result<ReadStateDto>> Handle(MarkAsReadCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var found = await messages.FindForMemberAsync(chats, command.MessageId, userId, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var (message, chat) = found.Value;
        if (command.SortieId is { } sortieId && sortieId != message.SortieId)
        {
            return MessageErrors.NotFound;
        }

        var watermark = chat.MarkRead(userId, message);
        return watermark.IsSuccess ? new ReadStateDto(chat.Id, watermark.Value) : watermark.Error!;
    }
}
