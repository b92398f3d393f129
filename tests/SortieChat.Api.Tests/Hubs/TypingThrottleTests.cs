using SortieChat.Api.Hubs;

namespace SortieChat.Api.Tests.Hubs;

public sealed class TypingThrottleTests
{
    private readonly ManualTime time = new();

    [Fact]
    public void ShouldPass_StartsWithinASecond_PassOnce()
    {
        var throttle = new TypingThrottle(time);

        var passed = new[] { throttle.ShouldPass("u", "s", true), throttle.ShouldPass("u", "s", true) };
        time.Advance(TimeSpan.FromSeconds(1));

        passed.Should().Equal(true, false);
        throttle.ShouldPass("u", "s", true).Should().BeTrue("a second later a start passes again");
    }

    [Fact]
    public void ShouldPass_AStopWithoutAStart_DoesNotPass()
    {
        var throttle = new TypingThrottle(time);

        throttle.ShouldPass("u", "s", false).Should().BeFalse();
    }

    [Fact]
    public void ShouldPass_OneStopPerStart_EvenWithinTheSecond()
    {
        var throttle = new TypingThrottle(time);
        throttle.ShouldPass("u", "s", true);

        var stops = new[] { throttle.ShouldPass("u", "s", false), throttle.ShouldPass("u", "s", false) };

        stops.Should().Equal(true, false);
    }

    [Fact]
    public void ShouldPass_EntriesOfLongAgo_ArePruned()
    {
        var throttle = new TypingThrottle(time);
        for (var i = 0; i < 100; i++)
        {
            throttle.ShouldPass($"user{i}", "s", true);
        }

        time.Advance(TimeSpan.FromMinutes(2));
        for (var i = 0; i < 5000; i++)
        {
            throttle.ShouldPass("typist", "s", i % 2 == 0);
        }

        throttle.Tracked.Should().Be(1, "only the user who typed recently is remembered");
    }

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
