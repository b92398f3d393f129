using Mediator;
using SortieChat.Domain.Common;
using SortieChat.Domain.Participations;

namespace SortieChat.Application.Participations.ChangeParticipationStatus;

/// <summary>Moves the participation to <paramref name="Status"/>, when the table allows it and the actor may.</summary>
public sealed record ChangeParticipationStatusCommand(string ParticipationId, ParticipationStatus Status) : ICommand<Result<ParticipationDto>>;
