using System.Collections.Concurrent;

namespace SortieChat.Api.Hubs;

/// <summary>At most one isTyping: true per user per room per second; isTyping: false always passes.</summary>
public sealed class TypingThrottle(TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<(string UserId, string SortieId), DateTimeOffset> lastPassed = new();

    public bool ShouldPass(string userId, string sortieId, bool isTyping)
    {
        var key = (userId, sortieId);
        if (!isTyping)
        {
            return true;
        }

        var now = time.GetUtcNow();
        while (true)
        {
            if (!lastPassed.TryGetValue(key, out var last))
            {
                if (lastPassed.TryAdd(key, now))
                {
                    return true;
                }

                continue;
            }

            if (now - last < Interval)
            {
                return false;
            }

            if (lastPassed.TryUpdate(key, now, last))
            {
                return true;
            }
        }
    }
}
