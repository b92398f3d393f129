using Mediator;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Push;
using SortieChat.Application.Common;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Push.UnsubscribePush;

public sealed class UnsubscribePushRequestHandler(IPushSubscriptionStore subscriptions, IPushSettings push, ICurrentUser currentUser)
    : IRequestHandler<UnsubscribePushRequest, Result>
{
    public async ValueTask<Result> Handle(UnsubscribePushRequest request, CancellationToken cancellationToken)
    {
        if (!push.Enabled)
        {
            return PushErrors.Disabled;
        }

        await subscriptions.DeleteAsync(currentUser.RequireUserId(), request.Endpoint, cancellationToken);
        return Result.Success();
    }
}
