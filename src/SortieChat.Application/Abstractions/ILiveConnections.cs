namespace SortieChat.Application.Abstractions;

/// <summary>Which users have a live hub connection on this instance, whatever rooms they joined (the hub reports them).</summary>
public interface ILiveConnections
{
    void Connected(string userId);

    void Disconnected(string userId);

    bool IsConnected(string userId);
}
