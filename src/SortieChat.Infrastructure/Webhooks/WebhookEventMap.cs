using SortieChat.Application.Messages;
using SortieChat.Application.Participations;
using SortieChat.Domain.Chats;
using SortieChat.Domain.Common;
using SortieChat.Domain.Messages;
using SortieChat.Domain.Participations;

namespace SortieChat.Infrastructure.Webhooks;

/// <summary>
/// Which domain events are webhook events, and their data as the API shows it, taken from the aggregates the command
/// changed (as they are after the change). message.updated comes from any <see cref="IMessageUpdated"/> event: an edit,
/// a reaction or a pin implements it and is delivered with nothing to add here.
/// </summary>
internal static class WebhookEventMap
{
    public static async Task<WebhookEvent?> MapAsync(IDomainEvent domainEvent, WebhookSnapshot snapshot, CancellationToken ct) => domainEvent switch
    {
        MessagePosted e => new(WebhookEventTypes.MessageCreated, e.SortieId, e.Message.CreatedAt, e.Message.ToPostedDto()),
        MessageDeleted e => new(WebhookEventTypes.MessageDeleted, e.SortieId, e.DeletedAt, snapshot.Message(e.Message)),
        IMessageUpdated e => new(WebhookEventTypes.MessageUpdated, e.SortieId, snapshot.Now, snapshot.Message(e.Message)),
        MemberAdded e => new(WebhookEventTypes.MemberAdded, e.SortieId, e.JoinedAt, new WebhookMemberChange(e.SortieId, e.ChatId, e.UserId)),
        MemberRemoved e => new(WebhookEventTypes.MemberRemoved, e.SortieId, e.RemovedAt, new WebhookMemberChange(e.SortieId, e.ChatId, e.UserId)),
        ParticipationRequested e => await ParticipationAsync(e.ParticipationId, e.SortieId, e.RequestedAt, snapshot, ct),
        ParticipationStatusChanged e => await ParticipationAsync(e.ParticipationId, e.SortieId, e.ChangedAt, snapshot, ct),
        _ => null,
    };

    private static async Task<WebhookEvent> ParticipationAsync(
        string participationId, string sortieId, DateTimeOffset at, WebhookSnapshot snapshot, CancellationToken ct)
    {
        var participation = snapshot.Tracked<Participation>(p => p.Id == participationId);
        var displayName = await snapshot.DisplayNameAsync(participation.UserId, ct);
        return new(WebhookEventTypes.ParticipationChanged, sortieId, at, participation.ToDto(displayName));
    }
}
