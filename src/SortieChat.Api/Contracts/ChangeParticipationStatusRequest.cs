using SortieChat.Application.Participations.ChangeParticipationStatus;
using SortieChat.Domain.Participations;

namespace SortieChat.Api.Contracts;

/// <summary>PATCH /participations/{id}/status: one of EN_ATTENTE, ACCEPTEE, REFUSEE, ANNULEE.</summary>
public sealed record ChangeParticipationStatusRequest(string? Status)
{
    /// <summary>Once validated (<see cref="ChangeParticipationStatusRequestValidator"/>): the status is one of the four.</summary>
    public ChangeParticipationStatusCommand ToCommand(string participationId)
    {
        ParticipationStatusNames.TryParse(Status, out var status);
        return new ChangeParticipationStatusCommand(participationId, status);
    }
}
