namespace SortieChat.Domain.Participations;

/// <summary>The transition table of DESIGN.md section 2 (requests themselves go through <c>Sortie.RequestToJoin</c>).</summary>
public static class ParticipationTransitions
{
    private static readonly HashSet<(ParticipationStatus From, ParticipationStatus To)> Allowed =
    [
        (ParticipationStatus.Pending, ParticipationStatus.Accepted),
        (ParticipationStatus.Pending, ParticipationStatus.Refused),
        (ParticipationStatus.Accepted, ParticipationStatus.Refused),
        (ParticipationStatus.Pending, ParticipationStatus.Cancelled),
        (ParticipationStatus.Accepted, ParticipationStatus.Cancelled),
        (ParticipationStatus.Cancelled, ParticipationStatus.Pending),
    ];

    public static bool IsAllowed(ParticipationStatus from, ParticipationStatus to) => Allowed.Contains((from, to));

    /// <summary>The creator accepts and refuses; the participant cancels and asks again.</summary>
    public static ParticipationActor ActorFor(ParticipationStatus target) =>
        target is ParticipationStatus.Accepted or ParticipationStatus.Refused
            ? ParticipationActor.Creator
            : ParticipationActor.Participant;
}
