using SortieChat.Domain.Common;

namespace SortieChat.Domain.Participations;

public sealed record ParticipationRequested(
    string ParticipationId, string SortieId, string UserId, string CreatorId, bool Reopened, DateTimeOffset RequestedAt) : ISortieEvent;

public sealed record ParticipationStatusChanged(
    string ParticipationId, string SortieId, string UserId, ParticipationStatus From, ParticipationStatus To, DateTimeOffset ChangedAt) : ISortieEvent;
