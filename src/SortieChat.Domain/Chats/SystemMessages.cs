using SortieChat.Domain.Messages;

namespace SortieChat.Domain.Chats;

/// <summary>The messages the server posts in a chat: English text, and what it says for clients that translate.</summary>
public static class SystemMessages
{
    public static MessageDraft WelcomeDraft(string sortieTitle, string creatorId) =>
        MessageDraft.ForSystem(Welcome(sortieTitle), new SystemInfo(SystemKinds.Welcome, creatorId, null));

    public static MessageDraft JoinedDraft(string userId, string displayName) =>
        MessageDraft.ForSystem(Joined(displayName), new SystemInfo(SystemKinds.MemberJoined, userId, displayName));

    public static MessageDraft RemovedDraft(string userId, string displayName, MemberRemovalReason reason) => MessageDraft.ForSystem(
        Removed(displayName, reason),
        new SystemInfo(reason == MemberRemovalReason.Left ? SystemKinds.MemberLeft : SystemKinds.MemberRemoved, userId, displayName));

    public static string Welcome(string sortieTitle) => $"Welcome to the chat of \"{sortieTitle}\"!";

    public static string Joined(string displayName) => $"{displayName} joined the sortie.";

    public static string Removed(string displayName, MemberRemovalReason reason) => reason switch
    {
        MemberRemovalReason.Left => $"{displayName} left the sortie.",
        _ => $"{displayName} is no longer part of the sortie.",
    };
}
