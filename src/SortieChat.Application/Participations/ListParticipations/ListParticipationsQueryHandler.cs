using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;
using SortieChat.Domain.Participations;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Participations.ListParticipations;

public sealed class ListParticipationsQueryHandler(
    ISortieRepository sorties, IParticipationRepository participations, IUserRepository users, ICurrentUser currentUser)
    : IQueryHandler<ListParticipationsQuery, Result<IReadOnlyList<ParticipationDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ParticipationDto>>> Handle(ListParticipationsQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.RequireUserId();
        if (await sorties.FindByIdAsync(query.SortieId, cancellationToken) is not { } sortie)
        {
            return SortieErrors.NotFound;
        }

        IReadOnlyList<Participation> visible = sortie.IsCreator(userId)
            ? await participations.ListBySortieAsync(sortie.Id, cancellationToken)
            : await participations.FindAsync(sortie.Id, userId, cancellationToken) is { } own ? [own] : [];
        var names = await users.FindManyAsync([.. visible.Select(p => p.UserId).Distinct()], cancellationToken);
        return Result<IReadOnlyList<ParticipationDto>>.Success(
            [.. visible.Select(p => p.ToDto(names.TryGetValue(p.UserId, out var user) ? user.DisplayName : string.Empty))]);
    }
}
