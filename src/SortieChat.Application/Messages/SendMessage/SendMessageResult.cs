namespace SortieChat.Application.Messages.SendMessage;

/// <summary><see cref="Created"/> is false when the send was a resend of a stored message (same clientMessageId).</summary>
public sealed record SendMessageResult(MessageDto Message, bool Created);
