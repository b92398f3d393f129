using SortieChat.Domain.Participations;

namespace SortieChat.Application.Abstractions.Persistence;

public interface IParticipationRepository
{
    Task<Participation?> FindByIdAsync(string id, CancellationToken cancellationToken);

    Task<Participation?> FindAsync(string sortieId, string userId, CancellationToken cancellationToken);

    /// <summary>Oldest request first.</summary>
    Task<IReadOnlyList<Participation>> ListBySortieAsync(string sortieId, CancellationToken cancellationToken);

    void Add(Participation participation);
}
