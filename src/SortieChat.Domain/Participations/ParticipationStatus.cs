namespace SortieChat.Domain.Participations;

/// <summary>On the wire: EN_ATTENTE, ACCEPTEE, REFUSEE, ANNULEE (see <see cref="ParticipationStatusNames"/>).</summary>
public enum ParticipationStatus
{
    Pending,
    Accepted,
    Refused,
    Cancelled,
}
