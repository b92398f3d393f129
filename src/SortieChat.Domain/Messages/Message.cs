using SortieChat.Domain.Common;
using SortieChat.Domain.Sorties;

namespace SortieChat.Domain.Messages;

/// <summary>One message of a chat. Only <c>Chat</c> creates messages (it gives them their seq).</summary>
public sealed class Message : AggregateRoot
{
    private Message(string id, string chatId, string sortieId, string? senderId, long seq, DateTimeOffset createdAt)
    {
        Id = id;
        ChatId = chatId;
        SortieId = sortieId;
        SenderId = senderId;
        Seq = seq;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public string Id { get; }

    public string ChatId { get; }

    public string SortieId { get; }

    /// <summary>Null for system messages.</summary>
    public string? SenderId { get; }

    public long Seq { get; }

    public MessageType Type { get; private set; }

    public string? Content { get; private set; }

    public MediaAttachment? Media { get; private set; }

    public Location? Location { get; private set; }

    /// <summary>What a system message says, for clients that translate it; null for members' messages.</summary>
    public SystemInfo? System { get; private set; }

    /// <summary>The members mentioned, [] when none; a deleted message mentions no one.</summary>
    public IReadOnlyList<string> Mentions { get; private set; } = [];

    public bool IsDeleted { get; private set; }

    public string? ReplyTo { get; private set; }

    public string? ClientMessageId { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public MessageRevision Revision { get; private set; } = new(0);

    public long ChangeSeq => Revision.ChangeSeq;

    public string? DeletedBy => Revision.DeletedBy;

    public DateTimeOffset? EditedAt => Revision.EditedAt;

    public IReadOnlyList<Reaction> Reactions => Revision.Reactions;

    public DateTimeOffset? PinnedAt => Revision.PinnedAt;

    public string? PinnedBy => Revision.PinnedBy;

    public bool IsPinned => PinnedAt is not null;

    /// <summary>Different emoji on one message.</summary>
    public const int MaxReactions = 20;

    /// <summary>Members mentioned by one message.</summary>
    public const int MaxMentions = 50;

    public static Message Rehydrate(
        string id, string chatId, string sortieId, string? senderId, long seq, MessageDraft body, bool isDeleted,
        string? replyTo, string? clientMessageId, DateTimeOffset createdAt, DateTimeOffset updatedAt, MessageRevision revision) =>
        new(id, chatId, sortieId, senderId, seq, createdAt)
        {
            Revision = revision,
            Type = body.Type,
            Content = body.Content,
            Media = body.Media,
            Location = body.Location,
            System = body.System,
            Mentions = body.Mentions,
            IsDeleted = isDeleted,
            ReplyTo = replyTo,
            ClientMessageId = clientMessageId,
            UpdatedAt = updatedAt,
        };

    internal static Message Create(
        string id, string chatId, string sortieId, string? senderId, long seq, MessageDraft draft,
        string? replyTo, string? clientMessageId, long changeSeq, DateTimeOffset now) =>
        Rehydrate(id, chatId, sortieId, senderId, seq, draft, isDeleted: false, replyTo, clientMessageId, now, now, new MessageRevision(changeSeq));

    /// <summary>The id and seq stay; the content, media and location are erased. The chat has checked who may.</summary>
    internal void Erase(string actorId, long changeSeq, DateTimeOffset now)
    {
        var erasedMedia = Media;
        IsDeleted = true;
        Content = null;
        Media = null;
        Location = null;
        Mentions = [];
        Changed(changeSeq, now, Revision with { DeletedBy = actorId, Reactions = [], PinnedAt = null, PinnedBy = null });
        Raise(new MessageDeleted(this, erasedMedia, changeSeq));
    }

    /// <summary>New text, or a new caption of a media message (none when empty). The chat has checked who may.</summary>
    internal void Edit(string? content, long changeSeq, DateTimeOffset now)
    {
        Content = content;
        Changed(changeSeq, now, Revision with { EditedAt = now });
        Raise(new MessageEdited(this, changeSeq));
    }

    /// <summary>The user's reactions with <paramref name="emoji"/> on or off; null when that changes nothing.</summary>
    internal IReadOnlyList<Reaction>? ReactionsWith(string userId, string emoji, bool on)
    {
        var existing = Reactions.FirstOrDefault(r => r.Emoji == emoji);
        if (on == (existing?.UserIds.Contains(userId) ?? false))
        {
            return null;
        }

        if (existing is null)
        {
            return [.. Reactions, new Reaction(emoji, [userId])];
        }

        var users = on ? [.. existing.UserIds, userId] : existing.UserIds.Where(u => u != userId).ToList();
        return [.. Reactions.Select(r => r != existing ? r : r with { UserIds = users }).Where(r => r.Count > 0)];
    }

    internal void React(IReadOnlyList<Reaction> reactions, long changeSeq, DateTimeOffset now)
    {
        Changed(changeSeq, now, Revision with { Reactions = reactions });
        Raise(new ReactionsChanged(this, changeSeq));
    }

    internal void Pin(string? pinnedBy, long changeSeq, DateTimeOffset now)
    {
        Changed(changeSeq, now, Revision with { PinnedAt = pinnedBy is null ? null : now, PinnedBy = pinnedBy });
        Raise(new PinChanged(this, changeSeq));
    }

    private void Changed(long changeSeq, DateTimeOffset now, MessageRevision revision)
    {
        Revision = revision with { ChangeSeq = changeSeq };
        UpdatedAt = now;
    }
}
