namespace SortieChat.Infrastructure.Push;

/// <summary>What a device receives (DESIGN.md section 9); <paramref name="Kind"/> is message or mention.</summary>
internal sealed record PushPayload(string SortieId, string ChatId, long Seq, string Title, string Body, string Kind);
