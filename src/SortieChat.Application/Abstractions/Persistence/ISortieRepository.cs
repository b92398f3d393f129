using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Abstractions.Persistence;

public interface ISortieRepository
{
    Task<Sortie?> FindByIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>The sorties the user created or was accepted into, newest first.</summary>
    Task<IReadOnlyList<Sortie>> ListForMemberAsync(string userId, CancellationToken cancellationToken);

    void Add(Sortie sortie);
}
