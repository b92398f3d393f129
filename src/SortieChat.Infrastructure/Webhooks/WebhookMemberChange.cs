namespace SortieChat.Infrastructure.Webhooks;

/// <summary>The data of member.added and member.removed.</summary>
internal sealed record WebhookMemberChange(string SortieId, string ChatId, string UserId);
