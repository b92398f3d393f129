using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Messages.EditMessage;

/// <summary>The sender edits the text or caption of a message, over REST or the hub.</summary>
public sealed record EditMessageCommand(string MessageId, string? Content) : ICommand<Result<MessageDto>>;
