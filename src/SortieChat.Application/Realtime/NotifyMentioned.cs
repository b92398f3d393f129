using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Realtime;

/// <summary>
/// Each member a message mentions hears of it on every live connection, joined to the room or not; a sender who
/// mentions themself is not told.
/// </summary>
public sealed class NotifyMentioned(IRealtimeNotifier notifier) : CommittedEventHandler<MessagePosted>
{
    protected override async Task HandleAsync(MessagePosted domainEvent, CancellationToken cancellationToken)
    {
        var message = domainEvent.Message;
        foreach (var userId in message.Mentions.Where(userId => userId != message.SenderId))
        {
            await notifier.NotifyUserAsync(
                userId,
                new RealtimeNotification(
                    message.SortieId,
                    NotificationKinds.Mentioned,
                    "You were mentioned in a message.",
                    new Dictionary<string, string?> { ["messageId"] = message.Id, ["senderId"] = message.SenderId }),
                cancellationToken);
        }
    }
}
