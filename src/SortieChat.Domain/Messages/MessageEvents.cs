using SortieChat.Domain.Common;

namespace SortieChat.Domain.Messages;

/// <summary>Raised by the chat that gave the message its seq.</summary>
public sealed record MessagePosted(Message Message) : ISortieEvent
{
    public string SortieId => Message.SortieId;
}

/// <summary><paramref name="ErasedMedia"/> is the stored file the deletion releases, if any.</summary>
public sealed record MessageDeleted(string MessageId, string ChatId, string SortieId, MediaAttachment? ErasedMedia, DateTimeOffset DeletedAt) : ISortieEvent;
