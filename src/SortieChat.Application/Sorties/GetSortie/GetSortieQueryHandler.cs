using Mediator;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Domain.Common;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Sorties.GetSortie;

public sealed class GetSortieQueryHandler(ISortieRepository sorties) : IQueryHandler<GetSortieQuery, Result<SortieDto>>
{
    public async ValueTask<Result<SortieDto>> Handle(GetSortieQuery query, CancellationToken cancellationToken) =>
        await sorties.FindByIdAsync(query.SortieId, cancellationToken) is { } sortie ? sortie.ToDto() : SortieErrors.NotFound;
}
