namespace SortieChat.Application.Push;

/// <summary>The subscription's keys as <c>PushSubscription.toJSON()</c> gives them: base64url.</summary>
public sealed record PushSubscriptionKeys(string P256dh, string Auth);
