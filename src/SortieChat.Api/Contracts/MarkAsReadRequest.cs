using SortieChat.Application.Messages.MarkAsRead;

namespace SortieChat.Api.Contracts;

/// <summary>The hub's markAsRead: the message, and the sortie it must belong to.</summary>
public sealed record MarkAsReadRequest(string SortieId, string MessageId)
{
    public MarkAsReadCommand ToCommand() => new(MessageId, SortieId);
}
