namespace SortieChat.Domain.Participations;

/// <summary>The original app's status values, kept on the wire.</summary>
public static class ParticipationStatusNames
{
    public const string Pending = "EN_ATTENTE";
    public const string Accepted = "ACCEPTEE";
    public const string Refused = "REFUSEE";
    public const string Cancelled = "ANNULEE";

    public static readonly IReadOnlyList<string> All = [Pending, Accepted, Refused, Cancelled];

    public static string ToName(this ParticipationStatus status) => status switch
    {
        ParticipationStatus.Pending => Pending,
        ParticipationStatus.Accepted => Accepted,
        ParticipationStatus.Refused => Refused,
        ParticipationStatus.Cancelled => Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? name, out ParticipationStatus status)
    {
        (var known, status) = name switch
        {
            Pending => (true, ParticipationStatus.Pending),
            Accepted => (true, ParticipationStatus.Accepted),
            Refused => (true, ParticipationStatus.Refused),
            Cancelled => (true, ParticipationStatus.Cancelled),
            _ => (false, default),
        };
        return known;
    }
}
