using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Push.SubscribePush;

public sealed class SubscribePushRequestHandler(IPushSubscriptionStore subscriptions, IPushSettings push, ICurrentUser currentUser, IClock clock)
    : IRequestHandler<SubscribePushRequest, Result<SubscribePushResult>>
{
    /// <summary>DESIGN.md section 9: at most 10 per user, the oldest replaced.</summary>
    public const int MaxPerUser = 10;

    public async ValueTask<Result<SubscribePushResult>> Handle(SubscribePushRequest request, CancellationToken cancellationToken)
    {
        if (!push.Enabled)
        {
            return PushErrors.Disabled;
        }

        var record = new PushSubscriptionRecord(currentUser.RequireUserId(), request.Endpoint, request.Keys.P256dh, request.Keys.Auth, clock.UtcNow);
        var created = await subscriptions.SaveAsync(record, MaxPerUser, cancellationToken);
        var stored = (await subscriptions.ListAsync(record.UserId, cancellationToken)).Single(s => s.Endpoint == record.Endpoint);
        return new SubscribePushResult(new PushSubscriptionDto(stored.Endpoint, stored.CreatedAt), created);
    }
}
