using SortieChat.Domain.Users;

namespace SortieChat.Application.Abstractions.Persistence;

public interface IUserRepository
{
    Task<User?> FindByIdAsync(string id, CancellationToken cancellationToken);

    Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, User>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    void Add(User user);
}
