using SortieChat.Application.Sorties.CreateSortie;
using SortieChat.Domain.Sorties;

namespace SortieChat.Api.Contracts;

/// <summary>POST /sorties: the creator's description of the outing (maxParticipants 1..1000).</summary>
public sealed record CreateSortieRequest(string Title, string? Description, DateTimeOffset? StartsAt, LocationRequest? Location, int MaxParticipants)
{
    /// <summary>Once validated (<see cref="CreateSortieRequestValidator"/>): the start is known.</summary>
    public CreateSortieCommand ToCommand() =>
        new(new SortieDetails(Title, Description, StartsAt!.Value.ToUniversalTime(), Location?.ToLocation(), MaxParticipants));
}
