using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Participations.ListParticipations;

/// <summary>The creator sees every participation; anyone else only their own (possibly none).</summary>
public sealed record ListParticipationsQuery(string SortieId) : IQuery<Result<IReadOnlyList<ParticipationDto>>>;
