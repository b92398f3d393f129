namespace SortieChat.Api.Hubs.Backplane;

/// <summary>What a backplane envelope addresses on every other instance.</summary>
internal enum BackplaneTarget : byte
{
    /// <summary>Every connection (minus the excluded ones).</summary>
    All = 1,

    /// <summary>Connections by id.</summary>
    Connections = 2,

    /// <summary>Connections in any of the groups (minus the excluded ones).</summary>
    Groups = 3,

    /// <summary>Connections of any of the users.</summary>
    Users = 4,

    /// <summary>Keys: sortieId, userId. The user's connections leave the room (a removed member).</summary>
    EvictFromRoom = 10,

    /// <summary>Keys: userId. The user's connections are closed (a deactivated account).</summary>
    DisconnectUser = 11,

    /// <summary>Keys: a nonce. Sent by an instance to itself to learn that its subscription is live again.</summary>
    Probe = 12,
}
