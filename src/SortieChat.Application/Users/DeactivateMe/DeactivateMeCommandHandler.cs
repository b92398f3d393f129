using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Users.DeactivateMe;

public sealed class DeactivateMeCommandHandler(IUserRepository users, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<DeactivateMeCommand, Result>
{
    public async ValueTask<Result> Handle(DeactivateMeCommand command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(currentUser.RequireUserId(), cancellationToken) is not { } user)
        {
            return UserErrors.NotFound;
        }

        user.Deactivate(clock.UtcNow);
        return Result.Success();
    }
}
