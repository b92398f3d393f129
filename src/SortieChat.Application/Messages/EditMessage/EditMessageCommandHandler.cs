using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.EditMessage;

/// <summary>Edits keep the seq; the chat's change seq moves, and the room gets messageUpdated once committed.</summary>
public sealed class EditMessageCommandHandler(IMessageRepository messages, IChatRepository chats, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<EditMessageCommand, Result<MessageDto>>
{
    public async ValueTask<Result<MessageDto>> Handle(EditMessageCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return await messages.ChangeAsync(
            chats, command.MessageId, userId, (chat, message) => chat.EditMessage(userId, message, command.Content, clock.UtcNow), cancellationToken);
    }
}
