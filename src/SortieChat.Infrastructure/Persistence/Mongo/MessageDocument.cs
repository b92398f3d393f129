namespace SortieChat.Infrastructure.Persistence.Mongo;

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
