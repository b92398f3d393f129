namespace SortieChat.Application.Messages;

/// <summary>One emoji on a message: how many put it there, and who, in the order they did.</summary>
public sealed record ReactionDto(string Emoji, int Count, IReadOnlyList<string> UserIds);
