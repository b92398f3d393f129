using SortieChat.Domain.Chats;

namespace SortieChat.Application.Abstractions.Persistence;

public interface IChatRepository
{
    Task<Chat?> FindByIdAsync(string id, CancellationToken cancellationToken);

    Task<Chat?> FindBySortieIdAsync(string sortieId, CancellationToken cancellationToken);

    /// <summary>
    /// The chat of a sortie with only <paramref name="userId"/> and the <paramref name="mentioned"/> users among its
    /// members (those who are members): what posting needs, read in time that does not grow with the room. Not for
    /// listing members or computing readBy of older messages.
    /// </summary>
    Task<Chat?> FindForPostingAsync(string sortieId, string userId, IReadOnlyCollection<string> mentioned, CancellationToken cancellationToken);

    /// <summary>The chats the user is a member of, most recent activity first.</summary>
    Task<IReadOnlyList<Chat>> ListForMemberAsync(string userId, CancellationToken cancellationToken);

    void Add(Chat chat);
}
