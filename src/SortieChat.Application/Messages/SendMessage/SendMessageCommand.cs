using Mediator;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Messages.SendMessage;

/// <summary>
/// A member posts <paramref name="Message"/> to the chat of <paramref name="SortieId"/>, over REST or the hub. An image,
/// video, audio or file message names its upload by <paramref name="MediaUrl"/>; its media fields are the upload's, as
/// the server measured them (the draft carries none).
/// </summary>
public sealed record SendMessageCommand(
    string SortieId, MessageDraft Message, string? ReplyTo = null, string? ClientMessageId = null, string? MediaUrl = null)
    : ICommand<Result<SendMessageResult>>;
