using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Push.SubscribePush;

/// <summary>Not a command: a subscription is the caller's own row, written at once (it raises no event).</summary>
public sealed record SubscribePushRequest(string Endpoint, PushSubscriptionKeys Keys) : IRequest<Result<SubscribePushResult>>;

public sealed record SubscribePushResult(PushSubscriptionDto Subscription, bool Created);
