using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;
using SortieChat.Domain.Users;

namespace SortieChat.Application.Users.Login;

public sealed class LoginQueryHandler(
    IUserRepository users, IPasswordHasher passwordHasher, ITokenIssuer tokenIssuer, ILoginRateLimiter rateLimiter, ICurrentUser caller)
    : IQueryHandler<LoginQuery, Result<AuthResultDto>>
{
    public async ValueTask<Result<AuthResultDto>> Handle(LoginQuery query, CancellationToken cancellationToken)
    {
        var email = User.NormalizeEmail(query.Email);
        // Counted before the (deliberately slow) password check: guessing costs the guesser, not the server.
        if (!rateLimiter.TryBegin(email, caller.ClientAddress, out var retryAfter))
        {
            return RequestErrors.RateLimited("login attempts", retryAfter);
        }

        var user = await users.FindByEmailAsync(email, cancellationToken);
        var passwordMatches = passwordHasher.Verify(user?.PasswordHash, query.Password);
        if (user is null || !passwordMatches || !user.IsActive)
        {
            rateLimiter.RecordFailure(email, caller.ClientAddress);
            return UserErrors.InvalidCredentials;
        }

        var token = tokenIssuer.Issue(user.Id, user.Email, user.DisplayName);
        return new AuthResultDto(user.Id, token.Token, token.ExpiresAt);
    }
}
