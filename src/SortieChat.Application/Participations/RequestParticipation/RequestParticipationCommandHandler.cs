using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Application.Users;
using SortieChat.Domain.Common;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Participations.RequestParticipation;

public sealed class RequestParticipationCommandHandler(
    ISortieRepository sorties, IParticipationRepository participations, IUserRepository users,
    ICurrentUser currentUser, IIdGenerator ids, IClock clock)
    : ICommandHandler<RequestParticipationCommand, Result<RequestParticipationResult>>
{
    public async ValueTask<Result<RequestParticipationResult>> Handle(RequestParticipationCommand command, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        if (await sorties.FindByIdAsync(command.SortieId, cancellationToken) is not { } sortie)
        {
            return SortieErrors.NotFound;
        }

        if (await users.FindByIdAsync(userId, cancellationToken) is not { } user)
        {
            return UserErrors.NotFound;
        }

        var existing = await participations.FindAsync(sortie.Id, userId, cancellationToken);
        var requested = sortie.RequestToJoin(ids.NewId(), userId, existing, clock.UtcNow);
        if (requested.IsFailure)
        {
            return requested.Error!;
        }

        if (existing is null)
        {
            participations.Add(requested.Value);
        }

        return new RequestParticipationResult(requested.Value.ToDto(user.DisplayName), Created: existing is null);
    }
}
