using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Chats;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages;

/// <summary>A message and its chat, when the user is a member of that chat.</summary>
internal static class MessageAccess
{
    private static readonly Error CursorNotFound = Error.NotFound("The cursor message");

    /// <summary>The seq of a paging cursor (<c>before</c>, <c>after</c>): a message of <paramref name="chat"/>, or not found.</summary>
    public static async Task<Result<long>> FindCursorSeqAsync(
        this IMessageRepository messages, Chat chat, string cursorId, CancellationToken cancellationToken) =>
        await messages.FindByIdAsync(cursorId, cancellationToken) is { } cursor && cursor.ChatId == chat.Id ? cursor.Seq : CursorNotFound;

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

    /// <summary>Loads a member's message and its chat, applies <paramref name="change"/>, and answers the message as it now is.</summary>
    public static async Task<Result<MessageDto>> ChangeAsync(
        this IMessageRepository messages, IChatRepository chats, string messageId, string userId, Func<Chat, Message, Result> change,
        CancellationToken cancellationToken)
    {
        var found = await messages.FindForMemberAsync(chats, messageId, userId, cancellationToken);
        if (found.IsFailure)
        {
            return found.Error!;
        }

        var (message, chat) = found.Value;
        var changed = change(chat, message);
        return changed.IsSuccess ? message.ToDto(chat.Members) : changed.Error!;
    }
}
