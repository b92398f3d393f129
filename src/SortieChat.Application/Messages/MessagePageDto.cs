namespace SortieChat.Application.Messages;

/// <summary>
/// Items oldest to newest (newest first for search; in changeSeq order for <c>changedAfter</c>); <see cref="NextCursor"/>
/// is the id to pass as <c>before</c> or <c>after</c> for the next page, <see cref="NextChangeSeq"/> the number to pass
/// as <c>changedAfter</c>.
/// </summary>
public sealed record MessagePageDto(IReadOnlyList<MessageDto> Items, bool HasMore, string? NextCursor, long? NextChangeSeq = null);
