namespace SortieChat.Infrastructure.Webhooks;

/// <summary>The event types of DESIGN.md section 9, as they appear in the envelope's <c>type</c>.</summary>
internal static class WebhookEventTypes
{
    public const string MessageCreated = "message.created";
    public const string MessageUpdated = "message.updated";
    public const string MessageDeleted = "message.deleted";
    public const string MemberAdded = "member.added";
    public const string MemberRemoved = "member.removed";
    public const string ParticipationChanged = "participation.changed";
}
