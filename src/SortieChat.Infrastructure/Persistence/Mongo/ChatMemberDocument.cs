namespace SortieChat.Infrastructure.Persistence.Mongo;

/// <summary>
/// One member of one chat (the membership itself): role, arrival, read watermark and last message time.
/// Id = chatId:userId; stored in the <c>readStates</c> collection, its name since schema 1.
/// </summary>
internal sealed class ChatMemberDocument
{
    public required string Id { get; set; }

    public required string ChatId { get; set; }

    public required string UserId { get; set; }

    public required string Role { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public long LastReadSeq { get; set; }

    public DateTimeOffset? LastSentAt { get; set; }

    public static string IdOf(string chatId, string userId) => $"{chatId}:{userId}";
}
