using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Users;

namespace SortieChat.Application.Realtime;

/// <summary>A deactivated user's tokens stop working at once: their live connections close too.</summary>
public sealed class DisconnectDeactivatedUser(IRealtimeNotifier notifier) : CommittedEventHandler<UserDeactivated>
{
    protected override Task HandleAsync(UserDeactivated domainEvent, CancellationToken cancellationToken) =>
        notifier.DisconnectUserAsync(domainEvent.UserId, cancellationToken);
}
