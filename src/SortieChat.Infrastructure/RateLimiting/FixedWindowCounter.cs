using System.Collections.Concurrent;

namespace SortieChat.Infrastructure.RateLimiting;

/// <summary>
/// Fixed windows per key, counted when a permit is asked for. System.Threading.RateLimiting's partitioned limiter
/// replenishes every partition on a 100 ms timer: with 5,000 senders that was 50,000 calls a second, about 2 % of
/// the server's core under load (docs/benchmarks.md, round 5). Here a window starts with its first permit and ends
/// <c>window</c> later; a sweep now and then forgets the keys whose window is over.
/// </summary>
internal sealed class FixedWindowCounter(int permits, TimeSpan window, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);
    private readonly TimeSpan sweepEvery = window > TimeSpan.FromMinutes(1) ? window : TimeSpan.FromMinutes(1);
    private long nextSweepTicks = time.GetUtcNow().UtcTicks;

    /// <summary>Takes a permit; when none is left, says how long until the key's window ends.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow().UtcTicks;
        SweepNowAndThen(now);
        while (true)
        {
            var current = windows.GetOrAdd(key, static _ => new Window());
            lock (current)
            {
                if (current.Forgotten)
                {
                    continue;
                }

                if (current.Used == 0 || IsOver(current, now))
                {
                    current.StartedAtTicks = now;
                    current.Used = 0;
                }

                if (current.Used < permits)
                {
                    current.Used++;
                    retryAfter = TimeSpan.Zero;
                    return true;
                }

                retryAfter = TimeSpan.FromTicks(current.StartedAtTicks + window.Ticks - now);
                return false;
            }
        }
    }

    /// <summary>True when the key has no permit left in its current window (nothing is taken).</summary>
    public bool IsSpent(string key)
    {
        if (!windows.TryGetValue(key, out var current))
        {
            return false;
        }

        lock (current)
        {
            return !current.Forgotten && current.Used >= permits && !IsOver(current, time.GetUtcNow().UtcTicks);
        }
    }

    private void SweepNowAndThen(long now)
    {
        var due = Interlocked.Read(ref nextSweepTicks);
        if (now < due || Interlocked.CompareExchange(ref nextSweepTicks, now + sweepEvery.Ticks, due) != due)
        {
            return;
        }

        foreach (var (key, current) in windows)
        {
            lock (current)
            {
                if (IsOver(current, now))
                {
                    // Marked first: a caller holding this window takes a fresh one instead of counting in a lost one.
                    current.Forgotten = true;
                    windows.TryRemove(new KeyValuePair<string, Window>(key, current));
                }
            }
        }
    }

    private bool IsOver(Window current, long now) => now - current.StartedAtTicks >= window.Ticks;

    private sealed class Window
    {
        public long StartedAtTicks { get; set; }

        public int Used { get; set; }

        public bool Forgotten { get; set; }
    }
}
