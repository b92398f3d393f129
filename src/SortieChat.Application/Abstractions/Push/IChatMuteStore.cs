namespace SortieChat.Application.Abstractions.Push;

/// <summary>Which members muted which chat (pushes only): the member's own rows, written at once, raising no event.</summary>
public interface IChatMuteStore
{
    Task SetAsync(string chatId, string userId, bool muted, CancellationToken cancellationToken);

    Task<IReadOnlySet<string>> MutedUsersAsync(string chatId, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="chatIds"/> the user muted.</summary>
    Task<IReadOnlySet<string>> MutedChatsAsync(string userId, IReadOnlyCollection<string> chatIds, CancellationToken cancellationToken);
}
