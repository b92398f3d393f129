namespace SortieChat.Domain.Chats;

/// <summary>The texts of the messages the server posts in a chat.</summary>
public static class SystemMessages
{
    public static string Welcome(string sortieTitle) => $"Welcome to the chat of \"{sortieTitle}\"!";

    public static string Joined(string displayName) => $"{displayName} joined the sortie.";

    public static string Removed(string displayName, MemberRemovalReason reason) => reason switch
    {
        MemberRemovalReason.Left => $"{displayName} left the sortie.",
        _ => $"{displayName} is no longer part of the sortie.",
    };
}
