using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Sorties.GetSortie;

/// <summary>Any authenticated user may read a sortie: it is found by its link.</summary>
public sealed record GetSortieQuery(string SortieId) : IQuery<Result<SortieDto>>;
