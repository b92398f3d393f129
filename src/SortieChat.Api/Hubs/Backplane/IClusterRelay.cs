namespace SortieChat.Api.Hubs.Backplane;

/// <summary>Tells the other instances what this one just did to its own connections.</summary>
internal interface IClusterRelay
{
    /// <summary>The user's connections on the other instances leave the room too.</summary>
    void EvictFromRoom(string sortieId, string userId);

    /// <summary>The user's connections on the other instances close too.</summary>
    void DisconnectUser(string userId);
}

/// <summary>One instance: nobody else to tell.</summary>
internal sealed class SingleInstanceRelay : IClusterRelay
{
    public void EvictFromRoom(string sortieId, string userId)
    {
    }

    public void DisconnectUser(string userId)
    {
    }
}
