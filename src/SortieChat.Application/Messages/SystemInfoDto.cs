namespace SortieChat.Application.Messages;

/// <summary>What a system message says: kind welcome, member_joined, member_left or member_removed, and whom it is about.</summary>
public sealed record SystemInfoDto(string Kind, string? UserId, string? DisplayName);
