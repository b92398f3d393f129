using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Participations;

namespace SortieChat.Application.Realtime;

public sealed class NotifyCreatorOfParticipationRequest(IRealtimeNotifier notifier) : CommittedEventHandler<ParticipationRequested>
{
    protected override Task HandleAsync(ParticipationRequested domainEvent, CancellationToken cancellationToken) =>
        notifier.NotifyUserAsync(
            domainEvent.CreatorId,
            new RealtimeNotification(
                domainEvent.SortieId,
                NotificationKinds.ParticipationRequested,
                "Someone asks to join your sortie.",
                new Dictionary<string, string?>
                {
                    ["participationId"] = domainEvent.ParticipationId,
                    ["userId"] = domainEvent.UserId,
                }),
            cancellationToken);
}
