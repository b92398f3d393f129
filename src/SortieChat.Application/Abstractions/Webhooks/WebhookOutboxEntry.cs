namespace SortieChat.Application.Abstractions.Webhooks;

/// <summary>
/// One event for one endpoint. <paramref name="Position"/> orders the stream; <paramref name="Body"/> is the envelope
/// exactly as it is posted (serialized once, at commit, so every attempt carries the same id and bytes).
/// </summary>
public sealed record WebhookOutboxEntry(
    string Id,
    string EventId,
    WebhookStream Stream,
    long Position,
    string Type,
    DateTimeOffset OccurredAt,
    string Body,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    bool Parked,
    string? LastError);
