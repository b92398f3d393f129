using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.MarkAsRead;

/// <summary>Moves the caller's watermark to the message's seq. The hub also names the sortie, which must match.</summary>
public sealed record MarkAsReadCommand(string MessageId, string? SortieId = null) : ICommand<Result<ReadStateDto>>;

public sealed record ReadStateDto(string ChatId, long LastReadSeq);
