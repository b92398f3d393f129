namespace SortieChat.Application.Abstractions.Push;

/// <summary>
/// Push subscriptions, one per endpoint (a browser's endpoint belongs to whoever subscribed it last). Not an aggregate:
/// a subscription raises no event and is written at once; the push sender deletes the ones their service says are gone.
/// </summary>
public interface IPushSubscriptionStore
{
    /// <summary>Stores or replaces the endpoint's subscription; beyond <paramref name="maxPerUser"/> the user's oldest go. True when it was new for this user.</summary>
    Task<bool> SaveAsync(PushSubscriptionRecord subscription, int maxPerUser, CancellationToken cancellationToken);

    /// <summary>Oldest first.</summary>
    Task<IReadOnlyList<PushSubscriptionRecord>> ListAsync(string userId, CancellationToken cancellationToken);

    Task DeleteAsync(string userId, string endpoint, CancellationToken cancellationToken);

    /// <summary>Whether anyone subscribed at all; may lag another instance's first subscription by a few seconds.</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The chat's members with at least one subscription: asked first for every message, so that a chat whose members
    /// never subscribed costs one read.
    /// </summary>
    Task<IReadOnlySet<string>> SubscribedMembersAsync(string chatId, CancellationToken cancellationToken);

    /// <summary>The push service answered 404 or 410: the endpoint is gone, whoever it belonged to.</summary>
    Task DeleteEndpointAsync(string endpoint, CancellationToken cancellationToken);
}
