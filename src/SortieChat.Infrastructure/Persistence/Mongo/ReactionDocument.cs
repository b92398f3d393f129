namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>One emoji on a message and who put it there, in the order they did.</summary>
internal sealed class ReactionDocument
{
    public required string Emoji { get; set; }

    public List<string> UserIds { get; set; } = [];
}
