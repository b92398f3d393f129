using SortieChat.Application.Common.Dtos;

namespace SortieChat.Application.Messages;

/// <summary>A message as clients see it; <see cref="Type"/> is text, image, video, audio, file, location or system.</summary>
public sealed record MessageDto
{
    public required string Id { get; init; }

    public required string ChatId { get; init; }

    public required string SortieId { get; init; }

    public string? SenderId { get; init; }

    public required long Seq { get; init; }

    public required string Type { get; init; }

    public string? Content { get; init; }

    public string? MediaUrl { get; init; }

    public string? ThumbnailUrl { get; init; }

    public double? MediaDuration { get; init; }

    public long? FileSize { get; init; }

    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public LocationDto? Location { get; init; }

    /// <summary>What a system message says, for clients that render it in their own language; null otherwise.</summary>
    public SystemInfoDto? System { get; init; }

    /// <summary>The members whose read watermark has reached this message.</summary>
    public IReadOnlyList<string> ReadBy { get; init; } = [];

    /// <summary>The members the message mentions; [] when none (and once deleted).</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    public required bool IsDeleted { get; init; }

    /// <summary>Ordered by first use.</summary>
    public IReadOnlyList<ReactionDto> Reactions { get; init; } = [];

    public DateTimeOffset? PinnedAt { get; init; }

    public string? PinnedBy { get; init; }

    /// <summary>When the sender last edited its text or caption; null if never.</summary>
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>Who deleted it: the sender, or the chat's creator; null until deleted.</summary>
    public string? DeletedBy { get; init; }

    public string? ReplyTo { get; init; }

    public string? ClientMessageId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The chat's change seq at this message's last change: pass the highest seen as <c>changedAfter</c>.</summary>
    public required long ChangeSeq { get; init; }
}
