namespace SortieChat.Domain.Messages;

/// <summary>
/// What a system message says, for clients that render it in their own language: <paramref name="Kind"/> is one of
/// <see cref="SystemKinds"/>, <paramref name="UserId"/> and <paramref name="DisplayName"/> whom it is about.
/// </summary>
public sealed record SystemInfo(string Kind, string? UserId, string? DisplayName);

public static class SystemKinds
{
    public const string Welcome = "welcome";
    public const string MemberJoined = "member_joined";
    public const string MemberLeft = "member_left";
    public const string MemberRemoved = "member_removed";
}
