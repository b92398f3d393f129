using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;
using SortieChat.Domain.Users;

namespace SortieChat.Application.Users.Register;

public sealed class RegisterCommandHandler(
    IUserRepository users, IPasswordHasher passwordHasher, ITokenIssuer tokenIssuer, IIdGenerator ids, IClock clock,
    IRegistrationRateLimiter rateLimiter, ICurrentUser caller)
    : ICommandHandler<RegisterCommand, Result<AuthResultDto>>
{
    public async ValueTask<Result<AuthResultDto>> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        // Counted before the (deliberately slow) hashing: a flood costs the flooder, not the server.
        if (!rateLimiter.TryAcquire(caller.ClientAddress, out var retryAfter))
        {
            return RequestErrors.RateLimited("registrations from this address", retryAfter);
        }

        // Hashing is slow on purpose: do it before the store is touched, so no transaction waits on it.
        var passwordHash = passwordHasher.Hash(command.Password);
        if (await users.FindByEmailAsync(User.NormalizeEmail(command.Email), cancellationToken) is not null)
        {
            return UserErrors.EmailTaken;
        }

        var user = User.Register(ids.NewId(), command.Email, command.DisplayName, passwordHash, clock.UtcNow);
        users.Add(user);
        var token = tokenIssuer.Issue(user.Id, user.Email, user.DisplayName);
        return new AuthResultDto(user.Id, token.Token, token.ExpiresAt);
    }
}
