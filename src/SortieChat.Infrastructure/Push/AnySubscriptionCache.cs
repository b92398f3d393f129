namespace SortieChat.Infrastructure.Push;

/// <summary>
/// Whether the store holds any push subscription, read at most once per <see cref="FreshFor"/>: a server whose users
/// never subscribed pays nothing per message. This instance's own saves count at once; another instance's become
/// visible within <see cref="FreshFor"/> (pushes are best effort: a push may be missed, never sent to the wrong user).
/// </summary>
internal sealed class AnySubscriptionCache(TimeProvider time)
{
    public static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(10);

    private Known? known;

    public void Saved() => known = new Known(true, time.GetUtcNow());

    public async Task<bool> AnyAsync(Func<Task<bool>> read)
    {
        if (known is { } last && time.GetUtcNow() - last.At < FreshFor)
        {
            return last.Any;
        }

        var any = await read();
        known = new Known(any, time.GetUtcNow());
        return any;
    }

    private sealed record Known(bool Any, DateTimeOffset At);
}
