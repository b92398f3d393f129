namespace SortieChat.Infrastructure.Persistence.Mongo;

internal sealed class ChatDocument
{
    public required string Id { get; set; }

    public required string SortieId { get; set; }

    public required string Name { get; set; }

    public string? Avatar { get; set; }

    public List<string> Members { get; set; } = [];

    public long LastSeq { get; set; }

    public long ChangeSeq { get; set; }

    public string? LastMessageId { get; set; }

    public int CooldownSeconds { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
