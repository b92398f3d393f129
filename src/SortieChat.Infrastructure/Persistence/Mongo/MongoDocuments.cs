namespace SortieChat.Infrastructure.Persistence.Mongo;

// The stored shapes. Element names are camelCase by convention (MongoMapping), so these carry no attributes.

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

internal sealed class LocationDocument
{
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public string? Address { get; set; }

    public string? Name { get; set; }
}

internal sealed class SortieDocument
{
    public required string Id { get; set; }

    public required string ChatId { get; set; }

    public required string CreatorId { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public LocationDocument? Location { get; set; }

    public int MaxParticipants { get; set; }

    public int AcceptedCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ParticipationDocument
{
    public required string Id { get; set; }

    public required string SortieId { get; set; }

    public required string UserId { get; set; }

    /// <summary>The wire value: EN_ATTENTE, ACCEPTEE, REFUSEE, ANNULEE.</summary>
    public required string Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class ChatDocument
{
    public required string Id { get; set; }

    public required string SortieId { get; set; }

    public required string Name { get; set; }

    public string? Avatar { get; set; }

    public List<string> Members { get; set; } = [];

    public long LastSeq { get; set; }

    public string? LastMessageId { get; set; }

    public int CooldownSeconds { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One member of one chat: role, arrival, read watermark and last message time. Id = chatId:userId.</summary>
internal sealed class ReadStateDocument
{
    public required string Id { get; set; }

    public required string ChatId { get; set; }

    public required string UserId { get; set; }

    public required string Role { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public long LastReadSeq { get; set; }

    public DateTimeOffset? LastSentAt { get; set; }

    public static string IdOf(string chatId, string userId) => $"{chatId}:{userId}";
}

internal sealed class MessageDocument
{
    public required string Id { get; set; }

    public required string ChatId { get; set; }

    public required string SortieId { get; set; }

    public string? SenderId { get; set; }

    public long Seq { get; set; }

    public required string Type { get; set; }

    public string? Content { get; set; }

    public string? MediaUrl { get; set; }

    public string? ThumbnailUrl { get; set; }

    public double? MediaDuration { get; set; }

    public long? FileSize { get; set; }

    public string? FileName { get; set; }

    public string? MimeType { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public LocationDocument? Location { get; set; }

    public bool IsDeleted { get; set; }

    public string? ReplyTo { get; set; }

    public string? ClientMessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
