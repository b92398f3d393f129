namespace SortieChat.Baseline;

/// <summary>sendMessage's argument: the fields the load tool sends, as SortieChat names them.</summary>
internal sealed record SendMessageRequest(string SortieId, string? Type, string? Content, string? ClientMessageId);

/// <summary>joinRoom's answer, smaller than SortieChat's (no snapshot: there is no history).</summary>
internal sealed record JoinedRoom(string SortieId, string ChatId, long LastSeq);

/// <summary>receiveMessage's argument and sendMessage's answer: the fields echoed, plus an id and a seq.</summary>
internal sealed record EchoedMessage(
    string Id,
    string SortieId,
    string SenderId,
    long Seq,
    string? Type,
    string? Content,
    string? ClientMessageId,
    DateTimeOffset CreatedAt);
