namespace SortieChat.Domain.Participations;

/// <summary>What a status change means for the sortie's chat.</summary>
public enum ParticipationChange
{
    None,
    MemberJoined,
    MemberLeft,
}

public static class ParticipationChangeRules
{
    public static ParticipationChange For(ParticipationStatus from, ParticipationStatus to) =>
        (from, to) switch
        {
            (_, ParticipationStatus.Accepted) => ParticipationChange.MemberJoined,
            (ParticipationStatus.Accepted, _) => ParticipationChange.MemberLeft,
            _ => ParticipationChange.None,
        };
}
