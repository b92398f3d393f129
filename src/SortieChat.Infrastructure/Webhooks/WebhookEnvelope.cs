namespace SortieChat.Infrastructure.Webhooks;

/// <summary>What a receiver gets: dedupe by <paramref name="Id"/> (a UUIDv7, the same on every attempt).</summary>
internal sealed record WebhookEnvelope(string Id, string Type, DateTimeOffset OccurredAt, object Data);
