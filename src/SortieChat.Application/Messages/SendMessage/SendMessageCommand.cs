using Mediator;
using SortieChat.Application.Common.Dtos;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.SendMessage;

/// <summary>The send body of DESIGN.md section 4, the same over REST and the hub.</summary>
public sealed record SendMessageCommand : ICommand<Result<SendMessageResult>>
{
    /// <summary>REST takes it from the route; the hub from the payload.</summary>
    public string SortieId { get; init; } = string.Empty;

    public string? Type { get; init; }

    public string? Content { get; init; }

    public string? MediaUrl { get; init; }

    public string? ThumbnailUrl { get; init; }

    public double? MediaDuration { get; init; }

    public long? FileSize { get; init; }

    public string? FileName { get; init; }

    public string? MimeType { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }

    public LocationDto? Location { get; init; }

    public string? ReplyTo { get; init; }

    public string? ClientMessageId { get; init; }
}

/// <summary><see cref="Created"/> is false when the send was a resend of a stored message (same clientMessageId).</summary>
public sealed record SendMessageResult(MessageDto Message, bool Created);
