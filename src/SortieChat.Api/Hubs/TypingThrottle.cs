using System.Collections.Concurrent;

namespace SortieChat.Api.Hubs;

/// <summary>
/// DESIGN.md section 5: at most one <c>isTyping: true</c> per user per room per second; an <c>isTyping: false</c>
/// passes only after a <c>true</c> of the same user and room passed (one false per true). Entries of users who
/// stopped typing long ago are pruned, so the table stays the size of the rooms where someone types.
/// </summary>
public sealed class TypingThrottle(TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Forgotten = TimeSpan.FromMinutes(1);
    private const int CallsBetweenPrunes = 4096;
    private readonly ConcurrentDictionary<(string UserId, string SortieId), State> states = new();
    private int calls;

    public int Tracked => states.Count;

    public bool ShouldPass(string userId, string sortieId, bool isTyping)
    {
        var now = time.GetUtcNow();
        PruneNowAndThen(now);
        var key = (userId, sortieId);
        while (true)
        {
            var known = states.TryGetValue(key, out var state);
            if (!isTyping)
            {
                // Only a stop that follows a start that passed, and only once.
                if (!known || !state!.Typing)
                {
                    return false;
                }

                if (states.TryUpdate(key, state with { Typing = false }, state))
                {
                    return true;
                }

                continue;
            }

            if (known && now - state!.LastStart < Interval)
            {
                return false;
            }

            var started = new State(now, Typing: true);
            if (known ? states.TryUpdate(key, started, state!) : states.TryAdd(key, started))
            {
                return true;
            }
        }
    }

    private void PruneNowAndThen(DateTimeOffset now)
    {
        if (Interlocked.Increment(ref calls) % CallsBetweenPrunes != 0)
        {
            return;
        }

        foreach (var (key, state) in states)
        {
            if (now - state.LastStart > Forgotten)
            {
                states.TryRemove(new KeyValuePair<(string, string), State>(key, state));
            }
        }
    }

    private sealed record State(DateTimeOffset LastStart, bool Typing);
}
