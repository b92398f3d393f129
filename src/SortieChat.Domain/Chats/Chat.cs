using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Sorties;

namespace SortieChat.Domain.Chats;

/// <summary>The one group chat of a sortie: its members, their watermarks, and the seq of its messages.</summary>
public sealed class Chat : AggregateRoot
{
    private readonly Dictionary<string, ChatMember> members;
    private IReadOnlyList<ChatMember>? orderedMembers;

    private Chat(string id, string sortieId, string name, DateTimeOffset createdAt, IEnumerable<ChatMember> members)
    {
        Id = id;
        SortieId = sortieId;
        Name = name;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
        this.members = members.ToDictionary(m => m.UserId);
    }

    public string Id { get; }

    public string SortieId { get; }

    public string Name { get; }

    public string? Avatar { get; private set; }

    public long LastSeq { get; private set; }

    /// <summary>Raised by exactly 1 by each change of one of its messages (post, edit, delete, reaction, pin): the change feed.</summary>
    public long ChangeSeq { get; private set; }

    public string? LastMessageId { get; private set; }

    public int CooldownSeconds { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>In the order they joined (sorted once per change: readBy reads it for every message of a page).</summary>
    public IReadOnlyList<ChatMember> Members =>
        orderedMembers ??= [.. members.Values.OrderBy(m => m.JoinedAt).ThenBy(m => m.UserId, StringComparer.Ordinal)];

    /// <summary>Opens the chat of a new sortie: its creator is the first member and the welcome message takes seq 1.</summary>
    public static Chat Open(Sortie sortie, string welcomeMessageId, DateTimeOffset now)
    {
        var chat = new Chat(sortie.ChatId, sortie.Id, sortie.Title, now, []);
        chat.Raise(new ChatOpened(chat.Id, chat.SortieId, chat.Name, now));
        var welcome = chat.Append(welcomeMessageId, null, SystemMessages.WelcomeDraft(sortie.Title, sortie.CreatorId), null, null, now);
        chat.Admit(sortie.CreatorId, ChatRole.Creator, welcome.Seq, now);
        return chat;
    }

    public static Chat Rehydrate(
        string id, string sortieId, string name, string? avatar, long lastSeq, string? lastMessageId, int cooldownSeconds,
        DateTimeOffset createdAt, DateTimeOffset updatedAt, IEnumerable<ChatMember> members, long changeSeq) =>
        new(id, sortieId, name, createdAt, members)
        {
            Avatar = avatar,
            LastSeq = lastSeq,
            ChangeSeq = changeSeq,
            LastMessageId = lastMessageId,
            CooldownSeconds = cooldownSeconds,
            UpdatedAt = updatedAt,
        };

    /// <summary>The longest slow-mode cooldown, in seconds.</summary>
    public const int MaxCooldownSeconds = 3600;

    public bool IsMember(string userId) => members.ContainsKey(userId);

    public ChatMember? FindMember(string userId) => members.GetValueOrDefault(userId);

    /// <summary>
    /// A member posts: the message takes the next seq, and the sender's watermark moves to it.
    /// <paramref name="replyTo"/> is the message replied to, already looked up. The chat needs the mentioned users among
    /// its loaded members to accept a mention.
    /// </summary>
    public Result<Message> Post(
        string messageId, string senderId, MessageDraft draft, Message? replyTo, string? clientMessageId, DateTimeOffset now)
    {
        if (FindMember(senderId) is not { } sender)
        {
            return ChatErrors.NotAMember;
        }

        if (!draft.Type.IsPostedByMembers())
        {
            return ChatErrors.SystemMessageFromMember;
        }

        if (draft.Mentions.Any(userId => !IsMember(userId)))
        {
            return MessageErrors.MentionsANonMember;
        }

        if (replyTo is not null && replyTo.ChatId != Id)
        {
            return MessageErrors.ReplyToOtherChat;
        }

        if (SlowModeWait(sender, now) is { } wait)
        {
            return ChatErrors.SlowMode(wait);
        }

        var message = Append(messageId, senderId, draft, replyTo?.Id, clientMessageId, now);
        sender.Sent(message.Seq, now);
        return message;
    }

    /// <summary>An accepted participant joins: a system message announces them and they have read up to it.</summary>
    public Message AddMember(string userId, string displayName, string messageId, DateTimeOffset now)
    {
        if (IsMember(userId))
        {
            throw new InvalidOperationException($"User {userId} is already a member of chat {Id}.");
        }

        var announcement = Append(messageId, null, SystemMessages.JoinedDraft(userId, displayName), null, null, now);
        Admit(userId, ChatRole.Member, announcement.Seq, now);
        return announcement;
    }

    /// <summary>A member leaves or is refused: they are removed and a system message says so.</summary>
    public Message RemoveMember(string userId, string displayName, MemberRemovalReason reason, string messageId, DateTimeOffset now)
    {
        orderedMembers = null;
        if (!members.Remove(userId))
        {
            throw new InvalidOperationException($"User {userId} is not a member of chat {Id}.");
        }

        Raise(new MemberRemoved(Id, SortieId, userId, reason, now));
        return Append(messageId, null, SystemMessages.RemovedDraft(userId, displayName, reason), null, null, now);
    }

    /// <summary>
    /// The sender deletes their message, and the creator any member's (moderation); system messages stay. The id and
    /// seq stay, the content, media and location are erased. Deleting a deleted message changes nothing.
    /// </summary>
    public Result DeleteMessage(string actorId, Message message, DateTimeOffset now)
    {
        if (CheckMessageOfMember(actorId, message) is { } refused)
        {
            return refused;
        }

        if (message.SenderId is null)
        {
            return MessageErrors.SystemMessageStays;
        }

        if (message.SenderId != actorId && !IsCreator(actorId))
        {
            return MessageErrors.NotTheSenderNorTheCreator;
        }

        if (!message.IsDeleted)
        {
            message.Erase(actorId, NextChangeSeq(), now);
        }

        return Result.Success();
    }

    /// <summary>
    /// The sender edits the text of their message, or the caption of a media message (empty removes it); the seq
    /// stays, editedAt is set. The same content again changes nothing.
    /// </summary>
    public Result EditMessage(string actorId, Message message, string? content, DateTimeOffset now)
    {
        if (CheckMessageOfMember(actorId, message) is { } refused)
        {
            return refused;
        }

        var caption = string.IsNullOrEmpty(content) ? null : content;
        var error = message.SenderId is null ? MessageErrors.SystemMessageStays
            : message.SenderId != actorId ? MessageErrors.NotTheSenderEdits
            : message.IsDeleted ? MessageErrors.Deleted
            : message.Type == MessageType.Location ? MessageErrors.LocationHasNoCaption
            : message.Type == MessageType.Text && string.IsNullOrWhiteSpace(content) ? MessageErrors.TextNeedsContent
            : null;
        if (error is not null)
        {
            return error;
        }

        if (caption != message.Content)
        {
            message.Edit(caption, NextChangeSeq(), now);
        }

        return Result.Success();
    }

    /// <summary>
    /// A member adds (<paramref name="on"/>) or removes their reaction; both are idempotent. One emoji grapheme of
    /// Unicode's emoji data, at most <see cref="Message.MaxReactions"/> different ones per message.
    /// </summary>
    public Result React(string actorId, Message message, string emoji, bool on, DateTimeOffset now)
    {
        if (CheckMessageOfMember(actorId, message) is { } refused)
        {
            return refused;
        }

        if (!Emoji.TryNormalize(emoji, out var known))
        {
            return MessageErrors.NotAnEmoji;
        }

        if (message.IsDeleted)
        {
            return MessageErrors.Deleted;
        }

        if (message.ReactionsWith(actorId, known, on) is not { } reactions)
        {
            return Result.Success();
        }

        if (reactions.Count > Message.MaxReactions)
        {
            return MessageErrors.ReactionLimit;
        }

        message.React(reactions, NextChangeSeq(), now);
        return Result.Success();
    }

    /// <summary>Most pinned messages in one chat.</summary>
    public const int MaxPins = 25;

    /// <summary>
    /// The creator pins (<paramref name="pin"/>) or unpins a message; both are idempotent. <paramref name="pinnedCount"/>
    /// is how many of the chat's messages are pinned now.
    /// </summary>
    public Result Pin(string actorId, Message message, bool pin, int pinnedCount, DateTimeOffset now)
    {
        if (CheckMessageOfMember(actorId, message) is { } refused)
        {
            return refused;
        }

        var error = !IsCreator(actorId) ? MessageErrors.OnlyCreatorPins
            : message.SenderId is null ? MessageErrors.SystemMessageStays
            : message.IsDeleted ? MessageErrors.Deleted
            : null;
        if (error is not null || message.IsPinned == pin)
        {
            return error is null ? Result.Success() : error;
        }

        if (pin && pinnedCount >= MaxPins)
        {
            return MessageErrors.PinLimit;
        }

        message.Pin(pin ? actorId : null, NextChangeSeq(), now);
        return Result.Success();
    }

    /// <summary>Moves the reader's watermark to the message's seq, never backwards; returns the watermark.</summary>
    public Result<long> MarkRead(string userId, Message message)
    {
        if (FindMember(userId) is not { } member)
        {
            return ChatErrors.NotAMember;
        }

        if (message.ChatId != Id)
        {
            return MessageErrors.NotFound;
        }

        if (member.ReadUpTo(message.Seq))
        {
            Raise(new MessagesRead(Id, SortieId, userId, message.Id, member.LastReadSeq));
        }

        return member.LastReadSeq;
    }

    /// <summary>A slow-mode cooldown is 0 (off) to <see cref="MaxCooldownSeconds"/> seconds.</summary>
    public static Result CheckCooldown(int cooldownSeconds) =>
        cooldownSeconds is >= 0 and <= MaxCooldownSeconds ? Result.Success() : ChatErrors.CooldownOutOfRange;

    /// <summary>The creator sets how many seconds a member waits between two messages (0 turns slow mode off).</summary>
    public Result SetSlowMode(string actorId, int cooldownSeconds, DateTimeOffset now)
    {
        if (CheckCooldown(cooldownSeconds) is { IsFailure: true } outOfRange)
        {
            return outOfRange;
        }

        if (FindMember(actorId) is not { } actor)
        {
            return ChatErrors.NotAMember;
        }

        if (actor.Role != ChatRole.Creator)
        {
            return ChatErrors.OnlyCreatorSetsSlowMode;
        }

        if (cooldownSeconds != CooldownSeconds)
        {
            CooldownSeconds = cooldownSeconds;
            UpdatedAt = now;
            Raise(new SlowModeChanged(Id, SortieId, cooldownSeconds, now));
        }

        return Result.Success();
    }

    private int? SlowModeWait(ChatMember sender, DateTimeOffset now)
    {
        if (CooldownSeconds == 0 || sender.Role == ChatRole.Creator || sender.LastSentAt is not { } last)
        {
            return null;
        }

        var remaining = last.AddSeconds(CooldownSeconds) - now;
        return remaining > TimeSpan.Zero ? (int)Math.Ceiling(remaining.TotalSeconds) : null;
    }

    private bool IsCreator(string userId) => FindMember(userId)?.Role == ChatRole.Creator;

    private Error? CheckMessageOfMember(string actorId, Message message) =>
        !IsMember(actorId) ? ChatErrors.NotAMember
        : message.ChatId != Id ? MessageErrors.NotFound
        : null;

    private long NextChangeSeq() => ++ChangeSeq;

    private Message Append(string messageId, string? senderId, MessageDraft draft, string? replyTo, string? clientMessageId, DateTimeOffset now)
    {
        var message = Message.Create(messageId, Id, SortieId, senderId, LastSeq + 1, draft, replyTo, clientMessageId, NextChangeSeq(), now);
        LastSeq = message.Seq;
        LastMessageId = message.Id;
        UpdatedAt = now;
        Raise(new MessagePosted(message));
        return message;
    }

    private void Admit(string userId, ChatRole role, long lastReadSeq, DateTimeOffset now)
    {
        orderedMembers = null;
        members.Add(userId, new ChatMember(userId, role, now, lastReadSeq, null));
        Raise(new MemberAdded(Id, SortieId, userId, role, lastReadSeq, now));
    }
}
