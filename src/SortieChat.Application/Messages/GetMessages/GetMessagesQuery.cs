using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.GetMessages;

/// <summary>
/// A page of a chat's history, by sortie or by chat. At most one of <see cref="Before"/>, <see cref="After"/>,
/// <see cref="AfterSeq"/>, <see cref="Page"/> and <see cref="ChangedAfter"/>; none means the newest page.
/// </summary>
public sealed record GetMessagesQuery : IQuery<Result<MessagePageDto>>
{
    public string? SortieId { get; init; }

    public string? ChatId { get; init; }

    public int? Limit { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    public long? AfterSeq { get; init; }

    public int? Page { get; init; }

    /// <summary>The change feed: messages changed after this change seq, in changeSeq order.</summary>
    public long? ChangedAfter { get; init; }
}
