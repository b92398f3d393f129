using SortieChat.Application.Abstractions;
using SortieChat.Application.Messages;

namespace SortieChat.Infrastructure.Realtime;

/// <summary>Until the SignalR hub exists (step 3), committed changes are pushed nowhere.</summary>
internal sealed class NullRealtimeNotifier : IRealtimeNotifier
{
    public Task MessagePostedAsync(MessageDto message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task MessageDeletedAsync(string sortieId, string messageId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task MessageReadAsync(MessageReadNotice notice, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task NotifyUserAsync(string userId, RealtimeNotification notification, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task NotifyRoomAsync(RealtimeNotification notification, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task DisconnectUserAsync(string userId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemoveFromRoomAsync(string sortieId, string userId, CancellationToken cancellationToken) => Task.CompletedTask;
}
