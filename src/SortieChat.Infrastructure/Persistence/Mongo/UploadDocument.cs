namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>An upload (collection <c>uploads</c>); its media fields are <see cref="MediaFieldsDocument"/>'s.</summary>
internal sealed class UploadDocument : MediaFieldsDocument
{
    public required string Id { get; set; }

    public required string UploaderId { get; set; }

    public required string SortieId { get; set; }

    public required string Type { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public bool IsDiscarding { get; set; }
}
