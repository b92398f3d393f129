using SortieChat.Application.Messages.EditMessage;

namespace SortieChat.Api.Contracts;

/// <summary>PATCH /messages/{messageId}: the new text, or the new caption of a media message (empty removes it).</summary>
public sealed record EditMessageRequest(string? Content)
{
    public EditMessageCommand ToCommand(string messageId) => new(messageId, Content);
}

/// <summary>The hub's editMessage: the message and its new text or caption.</summary>
public sealed record EditMessageHubRequest(string MessageId, string? Content)
{
    public EditMessageCommand ToCommand() => new(MessageId, Content);
}
