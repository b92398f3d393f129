using MongoDB.Driver;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Users;

namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class MongoUserRepository(MongoUnitOfWork unitOfWork) : MongoRepository(unitOfWork), IUserRepository
{
    public async Task<User?> FindByIdAsync(string id, CancellationToken ct) => await FindOneAsync(MongoQueries.UserById(id), ct);

    public async Task<User?> FindByEmailAsync(string normalizedEmail, CancellationToken ct) => await FindOneAsync(MongoQueries.LocalUserByEmail(normalizedEmail), ct);

    public async Task<User?> FindByExternalSubjectAsync(string subject, CancellationToken ct) => await FindOneAsync(MongoQueries.UserByExternalSubject(subject), ct);

    public async Task<IReadOnlyDictionary<string, User>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0 ? new Dictionary<string, User>() : (await FindAsync(C.Users, MongoQueries.UsersByIds(ids), ct)).Select(MongoRows.ToUser).ToDictionary(u => u.Id);

    public void Add(User user) => UnitOfWork.Track(user);

    private async Task<User?> FindOneAsync(FilterDefinition<UserDocument> filter, CancellationToken ct) =>
        Tracked((await FindAsync(C.Users, filter, ct, limit: 1)).Select(MongoRows.ToUser).FirstOrDefault());
}
