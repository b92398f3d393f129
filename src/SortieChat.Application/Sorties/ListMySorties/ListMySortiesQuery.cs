using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Sorties.ListMySorties;

/// <summary>The caller's sorties, created or accepted into, newest first.</summary>
public sealed record ListMySortiesQuery : IQuery<Result<IReadOnlyList<SortieDto>>>;
