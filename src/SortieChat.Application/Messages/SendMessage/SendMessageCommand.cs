using Mediator;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages.SendMessage;

/// <summary>A member posts <paramref name="Message"/> to the chat of <paramref name="SortieId"/>, over REST or the hub.</summary>
public sealed record SendMessageCommand(string SortieId, MessageDraft Message, string? ReplyTo = null, string? ClientMessageId = null)
    : ICommand<Result<SendMessageResult>>;
