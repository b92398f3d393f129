namespace SortieChat.Application.Users;

public sealed record UserDto(string Id, string Email, string DisplayName, string? AvatarUrl, DateTimeOffset CreatedAt);
