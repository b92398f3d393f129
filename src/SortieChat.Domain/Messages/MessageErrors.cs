using SortieChat.Domain.Common;

namespace SortieChat.Domain.Messages;

public static class MessageErrors
{
    public static readonly Error NotTheSenderNorTheCreator = Error.Forbidden("Only the sender of a message, or the chat's creator, deletes it.");

    public static readonly Error NotTheSenderEdits = Error.Forbidden("Only the sender of a message edits it.");

    public static readonly Error Deleted = new(ErrorCodes.MessageDeleted, "The message was deleted.");

    public static readonly Error LocationHasNoCaption = Error.Validation("content", "A location message has no caption to edit.");

    public static readonly Error TextNeedsContent = Error.Validation("content", "A text message needs content.");

    public static readonly Error NotAnEmoji = Error.Validation("emoji", "'Emoji' must be exactly one emoji.");

    public static readonly Error ReactionLimit = new(ErrorCodes.ReactionLimit, $"A message has at most {Message.MaxReactions} different reactions.");

    public static readonly Error OnlyCreatorPins = Error.Forbidden("Only the creator of the sortie pins messages.");

    public static readonly Error PinLimit = new(ErrorCodes.PinLimit, $"A chat has at most {Chats.Chat.MaxPins} pinned messages.");

    public static readonly Error SystemMessageStays = Error.Forbidden("System messages are never deleted, edited or pinned.");

    public static readonly Error NotFound = Error.NotFound("The message");

    public static readonly Error ReplyToOtherChat = Error.Validation("replyTo", "replyTo must be a message of the same chat.");

    public static readonly Error MentionsANonMember = Error.Validation("mentions", "'Mentions' must name members of the chat.");

    public static readonly Error ReplyToUnknown = Error.Validation("replyTo", "replyTo names no message.");
}
