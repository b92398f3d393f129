namespace SortieChat.Client;

/// <summary>A room the connection joined: where its delivered messages end, and what arrived while it was (re)joining.</summary>
internal sealed class JoinedRoom(string sortieId)
{
    public string SortieId { get; } = sortieId;

    /// <summary>Null until the first join answered.</summary>
    public string? ChatId { get; set; }

    /// <summary>The seq of the last message handed to the application (or, after the first join, the snapshot's).</summary>
    public long LastSeq { get; set; }

    /// <summary>The highest change seq seen in this room: after a reconnect, changes above it are fetched (changedAfter).</summary>
    public long LastChangeSeq { get; set; }

    /// <summary>While true, live messages wait in <see cref="Pending"/> until the join's catch-up is done.</summary>
    public bool Joining { get; set; }

    public List<MessageDto> Pending { get; } = [];
}
