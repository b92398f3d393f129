namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class UserDocument
{
    public required string Id { get; set; }

    public required string Email { get; set; }

    public required string DisplayName { get; set; }

    public string? AvatarUrl { get; set; }

    public required string PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? DeactivatedAt { get; set; }

    public string? ExternalSubject { get; set; }

    /// <summary>"local" or "external": emails are unique among local accounts only.</summary>
    public required string Kind { get; set; }
}
