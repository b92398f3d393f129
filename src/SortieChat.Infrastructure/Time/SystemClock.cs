using SortieChat.Application.Abstractions;

namespace SortieChat.Infrastructure.Time;

internal sealed class SystemClock(TimeProvider timeProvider) : IClock
{
    public DateTimeOffset UtcNow
    {
        get
        {
            var now = timeProvider.GetUtcNow();
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        }
    }
}
