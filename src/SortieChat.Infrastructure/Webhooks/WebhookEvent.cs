namespace SortieChat.Infrastructure.Webhooks;

/// <summary>An event of DESIGN.md section 9 before it is addressed to endpoints; its stream is the chat of <paramref name="SortieId"/>.</summary>
internal sealed record WebhookEvent(string Type, string SortieId, DateTimeOffset OccurredAt, object Data);
