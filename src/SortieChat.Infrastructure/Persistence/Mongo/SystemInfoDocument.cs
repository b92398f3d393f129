namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>What a system message says; absent on messages stored before it existed (read as null).</summary>
internal sealed class SystemInfoDocument
{
    public required string Kind { get; set; }

    public string? UserId { get; set; }

    public string? DisplayName { get; set; }
}
