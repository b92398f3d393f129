using System.Collections.Concurrent;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Messages;

namespace SortieChat.Application.Tests.Support;

/// <summary>Stands in for the hub: records what would have been pushed, in order.</summary>
public sealed class RecordingNotifier : IRealtimeNotifier
{
    public ConcurrentQueue<object> Pushed { get; } = new();

    /// <summary>Makes the pushes it matches throw, as a broken connection or hub would.</summary>
    public Func<object, bool> FailWhen { get; set; } = _ => false;

    public IEnumerable<T> Of<T>() => Pushed.OfType<T>();

    public Task MessagePostedAsync(MessageDto message, CancellationToken cancellationToken) => Record(message);

    public Task MessageDeletedAsync(string sortieId, string messageId, CancellationToken cancellationToken) =>
        Record(new Deleted(sortieId, messageId));

    public Task MessageUpdatedAsync(MessageDto message, CancellationToken cancellationToken) => Record(new Updated(message));

    public Task MessageReadAsync(MessageReadNotice notice, CancellationToken cancellationToken) => Record(notice);

    public Task NotifyUserAsync(string userId, RealtimeNotification notification, CancellationToken cancellationToken) =>
        Record(new ToUser(userId, notification));

    public Task NotifyRoomAsync(RealtimeNotification notification, CancellationToken cancellationToken) => Record(new ToRoom(notification));

    public Task DisconnectUserAsync(string userId, CancellationToken cancellationToken) => Record(new Disconnected(userId));

    public Task RemoveFromRoomAsync(string sortieId, string userId, CancellationToken cancellationToken) =>
        Record(new Evicted(sortieId, userId));

    private Task Record(object pushed)
    {
        if (FailWhen(pushed))
        {
            throw new InvalidOperationException("The push failed.");
        }

        Pushed.Enqueue(pushed);
        return Task.CompletedTask;
    }

    public sealed record Deleted(string SortieId, string MessageId);

    public sealed record Updated(MessageDto Message);

    public sealed record ToUser(string UserId, RealtimeNotification Notification);

    public sealed record ToRoom(RealtimeNotification Notification);

    public sealed record Evicted(string SortieId, string UserId);

    public sealed record Disconnected(string UserId);
}
