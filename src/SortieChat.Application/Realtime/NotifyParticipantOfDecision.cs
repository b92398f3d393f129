using SortieChat.Application.Abstractions;
using SortieChat.Application.Common.DomainEvents;
using SortieChat.Domain.Participations;

namespace SortieChat.Application.Realtime;

/// <summary>The participant hears when the creator accepts or refuses them.</summary>
public sealed class NotifyParticipantOfDecision(IRealtimeNotifier notifier) : CommittedEventHandler<ParticipationStatusChanged>
{
    protected override Task HandleAsync(ParticipationStatusChanged domainEvent, CancellationToken cancellationToken)
    {
        var (kind, text) = domainEvent.To switch
        {
            ParticipationStatus.Accepted => (NotificationKinds.ParticipationAccepted, "You were accepted: you can join the chat."),
            ParticipationStatus.Refused => (NotificationKinds.ParticipationRefused, "Your participation was refused."),
            _ => (null, null),
        };
        if (kind is null)
        {
            return Task.CompletedTask;
        }

        return notifier.NotifyUserAsync(
            domainEvent.UserId,
            new RealtimeNotification(
                domainEvent.SortieId,
                kind,
                text!,
                new Dictionary<string, string?>
                {
                    ["participationId"] = domainEvent.ParticipationId,
                    ["status"] = domainEvent.To.ToName(),
                }),
            cancellationToken);
    }
}
