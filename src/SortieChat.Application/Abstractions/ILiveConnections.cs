namespace SortieChat.Application.Abstractions;

/// <summary>
/// Which users have a live hub connection, whatever rooms they joined (the hub reports this instance's; with several
/// instances, theirs are shared through Redis).
/// </summary>
public interface ILiveConnections
{
    void Connected(string userId);

    void Disconnected(string userId);

    /// <summary>Those of <paramref name="userIds"/> connected to any instance.</summary>
    Task<IReadOnlySet<string>> ConnectedAmongAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken);
}
