using SortieChat.Domain.Common;

namespace SortieChat.Domain.Chats;

public static class ChatErrors
{
    public static readonly Error NotAMember = new(ErrorCodes.NotAMember, "You are not a member of this chat.");

    public static readonly Error NotFound = Error.NotFound("The chat");

    public static readonly Error CooldownOutOfRange = Error.Validation(
        "cooldownSeconds", $"'Cooldown Seconds' must be between 0 and {Chat.MaxCooldownSeconds} (0 turns slow mode off).");

    public static readonly Error SystemMessageFromMember = Error.Validation("type", "System messages are posted by the server only.");

    public static readonly Error OnlyCreatorSetsSlowMode = Error.Forbidden("Only the creator of the sortie sets slow mode.");

    public static Error SlowMode(int retryAfterSeconds) =>
        new(ErrorCodes.SlowMode, $"Slow mode is on: you can send again in {retryAfterSeconds} s.") { RetryAfterSeconds = retryAfterSeconds };
}
