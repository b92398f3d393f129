namespace SortieChat.Application.Push;

public sealed record PushSubscriptionDto(string Endpoint, DateTimeOffset CreatedAt);
