using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Participations;

namespace SortieChat.Application.Realtime;

/// <summary>The creator hears of a request with the requester's name, so that a client can say who asks.</summary>
public sealed class NotifyCreatorOfParticipationRequest(IRealtimeNotifier notifier, IUserRepository users) : CommittedEventHandler<ParticipationRequested>
{
    protected override async Task HandleAsync(ParticipationRequested domainEvent, CancellationToken cancellationToken)
    {
        var displayName = (await users.FindByIdAsync(domainEvent.UserId, cancellationToken))?.DisplayName;
        await notifier.NotifyUserAsync(
            domainEvent.CreatorId,
            new RealtimeNotification(
                domainEvent.SortieId,
                NotificationKinds.ParticipationRequested,
                displayName is null ? "Someone asks to join your sortie." : $"{displayName} asks to join your sortie.",
                new Dictionary<string, string?>
                {
                    ["participationId"] = domainEvent.ParticipationId,
                    ["userId"] = domainEvent.UserId,
                    ["displayName"] = displayName,
                }),
            cancellationToken);
    }
}
