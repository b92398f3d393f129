using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Messages;

namespace SortieChat.Application.Realtime;

/// <summary>messageUpdated after an edit (and reactions and pins): the whole message, its readBy from the chat's watermarks.</summary>
public sealed class BroadcastMessageEdited(IRealtimeNotifier notifier, IChatRepository chats) : CommittedEventHandler<MessageEdited>
{
    protected override Task HandleAsync(MessageEdited domainEvent, CancellationToken cancellationToken) =>
        MessageUpdates.BroadcastAsync(notifier, chats, domainEvent.Message, cancellationToken);
}
