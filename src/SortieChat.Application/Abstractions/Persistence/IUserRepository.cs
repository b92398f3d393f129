using SortieChat.Domain.Users;

namespace SortieChat.Application.Abstractions.Persistence;

public interface IUserRepository
{
    Task<User?> FindByIdAsync(string id, CancellationToken cancellationToken);

    /// <summary>A built-in account by its email (external identities are not found here).</summary>
    Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    Task<User?> FindByExternalSubjectAsync(string subject, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, User>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    void Add(User user);
}
