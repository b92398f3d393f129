namespace SortieChat.Application.Chats;

/// <summary><see cref="Role"/> is creator or member.</summary>
public sealed record ChatMemberDto(string UserId, string DisplayName, string? AvatarUrl, string Role, long LastReadSeq, bool Online);
