using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Chats;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages;

/// <summary>A message and its chat, when the user is a member of that chat.</summary>
internal static class MessageAccess
{
    public static async Task<Result<(Message Message, Chat Chat)>> FindForMemberAsync(
        this IMessageRepository messages, IChatRepository chats, string messageId, string userId, CancellationToken cancellationToken)
    {
        if (await messages.FindByIdAsync(messageId, cancellationToken) is not { } message)
        {
            return MessageErrors.NotFound;
        }

        var chat = await chats.FindByIdAsync(message.ChatId, cancellationToken)
            ?? throw new InvalidOperationException($"The store is inconsistent: chat {message.ChatId} is missing.");
        var member = chat.ForMember(userId);
        return member.IsSuccess ? (message, chat) : member.Error!;
    }
}
