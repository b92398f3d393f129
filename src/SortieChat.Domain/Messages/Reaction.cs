namespace SortieChat.Domain.Messages;

/// <summary>One emoji on a message and who put it there, in the order they did.</summary>
public sealed record Reaction(string Emoji, IReadOnlyList<string> UserIds)
{
    public int Count => UserIds.Count;
}
