using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Push.ListPushSubscriptions;

public sealed class ListPushSubscriptionsQueryHandler(IPushSubscriptionStore subscriptions, IPushSettings push, ICurrentUser currentUser)
    : IQueryHandler<ListPushSubscriptionsQuery, Result<IReadOnlyList<PushSubscriptionDto>>>
{
    public async ValueTask<Result<IReadOnlyList<PushSubscriptionDto>>> Handle(ListPushSubscriptionsQuery query, CancellationToken cancellationToken)
    {
        if (!push.Enabled)
        {
            return PushErrors.Disabled;
        }

        var mine = await subscriptions.ListAsync(currentUser.RequireUserId(), cancellationToken);
        return mine.Select(s => new PushSubscriptionDto(s.Endpoint, s.CreatedAt)).ToList();
    }
}
