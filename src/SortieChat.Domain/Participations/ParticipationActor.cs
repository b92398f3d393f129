namespace SortieChat.Domain.Participations;

/// <summary>Who is acting on a participation, relative to it.</summary>
public enum ParticipationActor
{
    Creator,
    Participant,
    Other,
}
