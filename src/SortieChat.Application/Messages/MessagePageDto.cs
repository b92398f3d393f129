namespace SortieChat.Application.Messages;

/// <summary>Items oldest to newest; <see cref="NextCursor"/> is the id to pass as <c>before</c> or <c>after</c> for the next page.</summary>
public sealed record MessagePageDto(IReadOnlyList<MessageDto> Items, bool HasMore, string? NextCursor);
