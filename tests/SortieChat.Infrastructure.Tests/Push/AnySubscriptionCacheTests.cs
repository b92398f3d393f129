using SortieChat.Infrastructure.Push;

namespace SortieChat.Infrastructure.Tests.Push;

public sealed class AnySubscriptionCacheTests
{
    [Fact]
    public async Task Answer_IsReadOncePerWindow_AndALocalSaveCountsAtOnce()
    {
        var clock = new SettableClock();
        var cache = new AnySubscriptionCache(clock);
        var reads = 0;
        var stored = false;
        Task<bool> Read()
        {
            reads++;
            return Task.FromResult(stored);
        }

        var first = await cache.AnyAsync(Read);
        stored = true; // another instance's subscription: not seen until the window ends
        var withinTheWindow = await cache.AnyAsync(Read);
        clock.Now += AnySubscriptionCache.FreshFor;
        var afterIt = await cache.AnyAsync(Read);

        (first, withinTheWindow, afterIt, reads).Should().Be((false, false, true, 2));
    }

    [Fact]
    public async Task Saved_OnThisInstance_IsAnsweredWithoutARead()
    {
        var cache = new AnySubscriptionCache(new SettableClock());
        await cache.AnyAsync(() => Task.FromResult(false));

        cache.Saved();

        (await cache.AnyAsync(() => throw new InvalidOperationException("no read expected"))).Should().BeTrue();
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
