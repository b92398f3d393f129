using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Chats.MuteChat;

public sealed class MuteChatRequestHandler(IChatRepository chats, IChatMuteStore mutes, ICurrentUser currentUser)
    : IRequestHandler<MuteChatRequest, Result<ChatMuteDto>>
{
    public async ValueTask<Result<ChatMuteDto>> Handle(MuteChatRequest request, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        var chat = await chats.FindForMemberByChatIdAsync(request.ChatId, userId, cancellationToken);
        if (!chat.IsSuccess)
        {
            return chat.Error!;
        }

        await mutes.SetAsync(request.ChatId, userId, request.Muted, cancellationToken);
        return new ChatMuteDto(request.ChatId, request.Muted);
    }
}
