using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.React;

/// <summary>Idempotent both ways; a change moves the chat's change seq and the room gets messageUpdated once committed.</summary>
public sealed class ReactCommandHandler(IMessageRepository messages, IChatRepository chats, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<ReactCommand, Result<MessageDto>>
{
    public async ValueTask<Result<MessageDto>> Handle(ReactCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        return await messages.ChangeAsync(
            chats, command.MessageId, userId, (chat, message) => chat.React(userId, message, command.Emoji, command.On, clock.UtcNow), cancellationToken);
    }
}
