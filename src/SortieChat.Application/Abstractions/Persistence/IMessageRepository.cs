using SortieChat.Application.Messages.Search;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Abstractions.Persistence;

/// <summary>Which way a page of history travels from its anchor.</summary>
public enum PageDirection
{
    /// <summary>Seqs below the anchor (or the newest when there is none), newest first.</summary>
    Older,

    /// <summary>Seqs above the anchor, oldest first.</summary>
    Newer,
}

/// <summary>A window of a chat's history: up to <paramref name="Limit"/> messages, after skipping <paramref name="Skip"/>.</summary>
public sealed record MessageWindow(PageDirection Direction, long? AnchorSeq, int Limit, int Skip = 0);

/// <summary>Items oldest to newest; <paramref name="HasMore"/> says whether more lie in the direction of travel.</summary>
public sealed record MessageSlice(IReadOnlyList<Message> Items, bool HasMore);

public interface IMessageRepository
{
    Task<Message?> FindByIdAsync(string id, CancellationToken cancellationToken);

    Task<Message?> FindByClientMessageIdAsync(string chatId, string senderId, string clientMessageId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, Message>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>True while a message that is not deleted still shows the file (as media or thumbnail).</summary>
    Task<bool> IsMediaInUseAsync(string url, CancellationToken cancellationToken);

    Task<MessageSlice> GetWindowAsync(string chatId, MessageWindow window, CancellationToken cancellationToken);

    Task<int> CountPinnedAsync(string chatId, CancellationToken cancellationToken);

    /// <summary>The pinned messages of a chat, newest pin first.</summary>
    Task<IReadOnlyList<Message>> ListPinnedAsync(string chatId, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> messages whose change seq is above <paramref name="afterChangeSeq"/>, in changeSeq order.</summary>
    Task<MessageSlice> GetChangesAsync(string chatId, long afterChangeSeq, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> messages of the chat found by <paramref name="terms"/> whose seq is below
    /// <paramref name="belowSeq"/>, NEWEST first (unlike the other slices); never deleted or system messages.
    /// </summary>
    Task<MessageSlice> SearchAsync(string chatId, SearchTerms terms, long belowSeq, int limit, CancellationToken cancellationToken);
}
