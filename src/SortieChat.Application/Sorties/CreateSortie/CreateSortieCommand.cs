using Mediator;
using SortieChat.Domain.Common;
using SortieChat.Domain.Sorties;

namespace SortieChat.Application.Sorties.CreateSortie;

public sealed record CreateSortieCommand(SortieDetails Details) : ICommand<Result<SortieDto>>;
