using SortieChat.Domain.Common;

namespace SortieChat.Domain.Messages;

/// <summary>Raised by the chat that gave the message its seq.</summary>
public sealed record MessagePosted(Message Message) : ISortieEvent
{
    public string SortieId => Message.SortieId;
}

/// <summary>
/// A change of a posted message (delete, edit, reaction, pin): the store writes the message as it now is and moves
/// its chat's change seq to <see cref="ChangeSeq"/>, one above the previous.
/// </summary>
public interface IMessageChanged : ISortieEvent
{
    Message Message { get; }

    long ChangeSeq { get; }
}

public sealed record MessageEdited(Message Message, long ChangeSeq) : IMessageUpdated
{
    public string SortieId => Message.SortieId;
}

public sealed record ReactionsChanged(Message Message, long ChangeSeq) : IMessageUpdated
{
    public string SortieId => Message.SortieId;
}

/// <summary>Pinned or unpinned: <see cref="Message.IsPinned"/> says which.</summary>
public sealed record PinChanged(Message Message, long ChangeSeq) : IMessageUpdated
{
    public string SortieId => Message.SortieId;
}

/// <summary><paramref name="ErasedMedia"/> is the stored file the deletion releases, if any.</summary>
public sealed record MessageDeleted(Message Message, MediaAttachment? ErasedMedia, long ChangeSeq) : IMessageChanged
{
    public string MessageId => Message.Id;

    public string ChatId => Message.ChatId;

    public string SortieId => Message.SortieId;

    public DateTimeOffset DeletedAt => Message.UpdatedAt;
}
