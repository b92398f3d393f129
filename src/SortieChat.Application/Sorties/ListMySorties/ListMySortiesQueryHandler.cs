using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Sorties.ListMySorties;

public sealed class ListMySortiesQueryHandler(ISortieRepository sorties, ICurrentUser currentUser)
    : IQueryHandler<ListMySortiesQuery, Result<IReadOnlyList<SortieDto>>>
{
    public async ValueTask<Result<IReadOnlyList<SortieDto>>> Handle(ListMySortiesQuery query, CancellationToken cancellationToken)
    {
        var mine = await sorties.ListForMemberAsync(currentUser.RequireUserId(), cancellationToken);
        return Result<IReadOnlyList<SortieDto>>.Success([.. mine.Select(s => s.ToDto())]);
    }
}
