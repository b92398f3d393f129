using Mediator;
using SortieChat.Application.Common.Dtos;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Sorties.CreateSortie;

public sealed record CreateSortieCommand(
    string Title, string? Description, DateTimeOffset? StartsAt, LocationDto? Location, int MaxParticipants) : ICommand<Result<SortieDto>>;
