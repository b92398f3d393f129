using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Application.Common;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.SetSlowMode;

public sealed class SetSlowModeCommandHandler(
    IChatRepository chats, IMessageRepository messages, IUnreadMentions mentions, IChatMuteStore mutes, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<SetSlowModeCommand, Result<ChatDto>>
{
    public async ValueTask<Result<ChatDto>> Handle(SetSlowModeCommand command, CancellationToken cancellationToken)
    {
        // The chat decides the range; asked first, as an input error, before anything is read.
        if (Chat.CheckCooldown(command.CooldownSeconds) is { IsFailure: true } outOfRange)
        {
            return outOfRange.Error!;
        }

        var userId = currentUser.RequireUserId();
        var found = await chats.FindForMemberByChatIdAsync(command.ChatId, userId, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var chat = found.Value;
        var set = chat.SetSlowMode(userId, command.CooldownSeconds, clock.UtcNow);
        if (set.IsFailure)
        {
            return set.Error!;
        }

        return await new ChatViews(messages, mentions, mutes).ViewAsync(chat, userId, cancellationToken);
    }
}
