namespace SortieChat.Application.Abstractions;

/// <summary>Who is online in which room: at least one live connection that joined it.</summary>
public interface IPresenceTracker
{
    ValueTask<IReadOnlySet<string>> GetOnlineUsersAsync(string sortieId, CancellationToken cancellationToken);
}
