using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Participations.ChangeParticipationStatus;

/// <summary><see cref="Status"/> is one of EN_ATTENTE, ACCEPTEE, REFUSEE, ANNULEE.</summary>
public sealed record ChangeParticipationStatusCommand(string ParticipationId, string? Status) : ICommand<Result<ParticipationDto>>;
