using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.PinMessage;

/// <summary>
/// The pinned count is read inside the command's transaction: two pins racing for the last place are serialized by
/// the chat's change seq, and the second one reads the first.
/// </summary>
public sealed class PinMessageCommandHandler(IMessageRepository messages, IChatRepository chats, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<PinMessageCommand, Result<MessageDto>>
{
    public async ValueTask<Result<MessageDto>> Handle(PinMessageCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var pinned = 0;
        if (command.Pin && await messages.FindByIdAsync(command.MessageId, cancellationToken) is { } target)
        {
            pinned = await messages.CountPinnedAsync(target.ChatId, cancellationToken);
        }

        return await messages.ChangeAsync(
            chats, command.MessageId, userId, (chat, message) => chat.Pin(userId, message, command.Pin, pinned, clock.UtcNow), cancellationToken);
    }
}
