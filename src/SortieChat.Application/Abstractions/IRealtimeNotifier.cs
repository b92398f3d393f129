using SortieChat.Application.Messages;

namespace SortieChat.Application.Abstractions;

/// <summary>{sortieId, kind, text, data}: the hub's <c>notification</c> event.</summary>
public sealed record RealtimeNotification(string SortieId, string Kind, string Text, IReadOnlyDictionary<string, string?> Data);

/// <summary>{sortieId, messageId, userId, seq}: the hub's <c>messageRead</c> event.</summary>
public sealed record MessageReadNotice(string SortieId, string MessageId, string UserId, long Seq);

/// <summary>Pushes committed changes to connected clients. Calls may be lost without harm to the data.</summary>
public interface IRealtimeNotifier
{
    Task MessagePostedAsync(MessageDto message, CancellationToken cancellationToken);

    Task MessageDeletedAsync(string sortieId, string messageId, CancellationToken cancellationToken);

    /// <summary>messageUpdated to the room: an edit, a reaction or a pin, with the whole message as history returns it.</summary>
    Task MessageUpdatedAsync(MessageDto message, CancellationToken cancellationToken);

    Task MessageReadAsync(MessageReadNotice notice, CancellationToken cancellationToken);

    Task NotifyUserAsync(string userId, RealtimeNotification notification, CancellationToken cancellationToken);

    Task NotifyRoomAsync(RealtimeNotification notification, CancellationToken cancellationToken);

    /// <summary>Closes every live connection of the user (a deactivated account).</summary>
    Task DisconnectUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Takes every live connection of the user out of the sortie's room, on every instance.</summary>
    Task RemoveFromRoomAsync(string sortieId, string userId, CancellationToken cancellationToken);
}
