namespace SortieChat.Application.Abstractions.Push;

/// <summary>A browser's subscription: where to post, and its keys (base64url) to encrypt for it (RFC 8291).</summary>
public sealed record PushSubscriptionRecord(string UserId, string Endpoint, string P256dh, string Auth, DateTimeOffset CreatedAt);
