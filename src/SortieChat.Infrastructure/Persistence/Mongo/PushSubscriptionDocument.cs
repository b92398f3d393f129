namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>A push subscription (collection <c>pushSubscriptions</c>), keyed by its endpoint.</summary>
internal sealed class PushSubscriptionDocument
{
    public required string Id { get; set; }

    public required string UserId { get; set; }

    public required string P256dh { get; set; }

    public required string Auth { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
