using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Participations.RequestParticipation;

public sealed record RequestParticipationCommand(string SortieId) : ICommand<Result<RequestParticipationResult>>;

/// <summary><see cref="Created"/> is false when a cancelled participation was reopened.</summary>
public sealed record RequestParticipationResult(ParticipationDto Participation, bool Created);
