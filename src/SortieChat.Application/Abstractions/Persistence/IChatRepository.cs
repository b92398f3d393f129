using SortieChat.Domain.Chats;

namespace SortieChat.Application.Abstractions.Persistence;

public interface IChatRepository
{
    Task<Chat?> FindByIdAsync(string id, CancellationToken cancellationToken);

    Task<Chat?> FindBySortieIdAsync(string sortieId, CancellationToken cancellationToken);

    /// <summary>The chats the user is a member of, most recent activity first.</summary>
    Task<IReadOnlyList<Chat>> ListForMemberAsync(string userId, CancellationToken cancellationToken);

    void Add(Chat chat);
}
