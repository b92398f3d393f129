namespace SortieChat.Application.Realtime;

/// <summary>The <c>notification.kind</c> values of DESIGN.md section 5.</summary>
public static class NotificationKinds
{
    public const string ParticipationRequested = "participation_requested";
    public const string ParticipationAccepted = "participation_accepted";
    public const string ParticipationRefused = "participation_refused";
    public const string MemberAdded = "member_added";
    public const string MemberRemoved = "member_removed";
    public const string Removed = "removed";
    public const string Resync = "resync";
    public const string Mentioned = "mentioned";
}
