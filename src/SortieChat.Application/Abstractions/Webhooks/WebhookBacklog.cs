namespace SortieChat.Application.Abstractions.Webhooks;

/// <summary>Events still to deliver, and events given up on (parked).</summary>
public sealed record WebhookBacklog(long Pending, long Parked);
