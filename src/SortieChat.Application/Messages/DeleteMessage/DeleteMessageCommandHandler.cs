using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.DeleteMessage;

/// <summary>Soft delete by the sender; the stored file goes once the deletion is committed.</summary>
public sealed class DeleteMessageCommandHandler(IMessageRepository messages, IChatRepository chats, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<DeleteMessageCommand, Result>
{
    public async ValueTask<Result> Handle(DeleteMessageCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var found = await messages.FindForMemberAsync(chats, command.MessageId, userId, cancellationToken);
        return found.IsSuccess ? found.Value.Chat.DeleteMessage(userId, found.Value.Message, clock.UtcNow) : found.Error!;
    }
}
