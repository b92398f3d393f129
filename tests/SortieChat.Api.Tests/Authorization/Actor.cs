namespace SortieChat.Api.Tests.Authorization;

/// <summary>Who calls, seen from the matrix's one sortie.</summary>
public enum Actor
{
    /// <summary>No token at all.</summary>
    Anonymous,

    /// <summary>Signed up, never asked to join.</summary>
    Stranger,

    /// <summary>Asked to join; not answered yet (EN_ATTENTE).</summary>
    Pending,

    /// <summary>Accepted (ACCEPTEE): a member of the chat.</summary>
    Member,

    /// <summary>Created the sortie: the first member, and the one who decides.</summary>
    Creator,

    /// <summary>Accepted, then refused by the creator (REFUSEE): out of the chat.</summary>
    Removed,

    /// <summary>An accepted member who deactivated their account (DELETE /users/me), calling with the token they had.</summary>
    Deactivated,
}
