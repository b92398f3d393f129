namespace SortieChat.Application.Users;

public sealed record AuthResultDto(string UserId, string AccessToken, DateTimeOffset ExpiresAt);
