namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>A message; its media fields are <see cref="MediaFieldsDocument"/>'s, stored beside these.</summary>
internal sealed class MessageDocument : MediaFieldsDocument
{
    public required string Id { get; set; }

    public required string ChatId { get; set; }

    public required string SortieId { get; set; }

    public string? SenderId { get; set; }

    public long Seq { get; set; }

    public required string Type { get; set; }

    public string? Content { get; set; }

    /// <summary>What search finds the message by (<c>SearchTokenizer.WordsOf</c>): empty when deleted or a system message.</summary>
    public List<string> SearchTokens { get; set; } = [];

    public LocationDocument? Location { get; set; }

    public SystemInfoDocument? System { get; set; }

    /// <summary>Absent on messages older than mentions: read as none.</summary>
    public List<string> Mentions { get; set; } = [];

    public bool IsDeleted { get; set; }

    public string? ReplyTo { get; set; }

    public string? ClientMessageId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public long ChangeSeq { get; set; }

    public string? DeletedBy { get; set; }

    public DateTimeOffset? EditedAt { get; set; }

    public List<ReactionDocument> Reactions { get; set; } = [];

    public DateTimeOffset? PinnedAt { get; set; }

    public string? PinnedBy { get; set; }
}
