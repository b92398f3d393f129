namespace SortieChat.Application.Abstractions;

/// <summary>
/// Who is online in which room: a user is online while at least one of their live connections has joined it.
/// In memory for one instance; a shared implementation (Redis) replaces it for several.
/// </summary>
public interface IPresenceTracker
{
    /// <summary>Returns true when this is the user's first connection in the room.</summary>
    ValueTask<bool> JoinAsync(string sortieId, string userId, string connectionId);

    /// <summary>Returns true when this was the user's last connection in the room.</summary>
    ValueTask<bool> LeaveAsync(string sortieId, string userId, string connectionId);

    ValueTask<IReadOnlySet<string>> GetOnlineUsersAsync(string sortieId, CancellationToken cancellationToken);
}
