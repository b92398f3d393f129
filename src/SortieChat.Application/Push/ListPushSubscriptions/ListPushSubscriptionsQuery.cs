using Mediator;
using SortieChat.Domain.Common;

namespace SortieChat.Application.Push.ListPushSubscriptions;

public sealed record ListPushSubscriptionsQuery : IQuery<Result<IReadOnlyList<PushSubscriptionDto>>>;
