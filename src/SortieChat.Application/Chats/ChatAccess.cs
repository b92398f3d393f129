using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Chats;

/// <summary>
/// The one guard of every members-only route: the chat exists (<c>not_found</c>, named for the key the client sent:
/// the sortie or the chat) and the user is one of its members (<c>not_a_member</c>).
/// </summary>
internal static class ChatAccess
{
    public static async Task<Result<Chat>> FindForMemberAsync(
        this IChatRepository chats, string sortieId, string userId, CancellationToken cancellationToken) =>
        await chats.FindBySortieIdAsync(sortieId, cancellationToken) is { } chat ? chat.ForMember(userId) : SortieErrors.NotFound;

    /// <summary>
    /// As <see cref="FindForMemberAsync"/>, with only the poster and the users they mention among the members: what
    /// posting needs.
    /// </summary>
    public static async Task<Result<Chat>> FindForPosterAsync(
        this IChatRepository chats, string sortieId, string userId, IReadOnlyCollection<string> mentioned, CancellationToken cancellationToken) =>
        await chats.FindForPostingAsync(sortieId, userId, mentioned, cancellationToken) is { } chat ? chat.ForMember(userId) : SortieErrors.NotFound;

    public static async Task<Result<Chat>> FindForMemberByChatIdAsync(
        this IChatRepository chats, string chatId, string userId, CancellationToken cancellationToken) =>
        await chats.FindByIdAsync(chatId, cancellationToken) is { } chat ? chat.ForMember(userId) : ChatErrors.NotFound;

    /// <summary>The chat, when <paramref name="userId"/> is one of its members.</summary>
    public static Result<Chat> ForMember(this Chat chat, string userId) => chat.IsMember(userId) ? chat : ChatErrors.NotAMember;
}
