using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SortieChat.Application.Abstractions;
using SortieChat.Infrastructure.RateLimiting;

namespace SortieChat.Infrastructure.Tests.RateLimiting;

public sealed class InMemoryRateLimiterTests
{
    [Fact]
    public void Login_FailuresFromOneAddress_DoNotLockTheAccountOutFromAnother()
    {
        var limiter = Limiter(new RateLimitOptions { LoginsPerMinute = 3 });
        ILoginRateLimiter logins = limiter;
        for (var i = 0; i < 3; i++)
        {
            logins.TryBegin("alice@example.com", "198.51.100.9", out _).Should().BeTrue();
            logins.RecordFailure("alice@example.com", "198.51.100.9");
        }

        logins.TryBegin("alice@example.com", "198.51.100.9", out var retryAfter).Should().BeFalse("that pair has spent its failures");
        retryAfter.Should().BePositive();
        logins.TryBegin("alice@example.com", "203.0.113.7", out _).Should().BeTrue("the victim's own address is not locked out");
    }

    [Fact]
    public void Login_AllAttemptsOfOneAddress_AreLimitedWhateverTheAccount()
    {
        var limiter = Limiter(new RateLimitOptions { LoginsPerMinute = 2 });
        ILoginRateLimiter logins = limiter;

        var passed = Enumerable.Range(0, 3).Select(i => logins.TryBegin($"user{i}@example.com", "198.51.100.9", out _)).ToList();

        passed.Should().Equal(true, true, false);
    }

    [Fact]
    public void Registration_PastTheLimitPerAddress_IsRefusedThere_AndNotElsewhere()
    {
        var limiter = Limiter(new RateLimitOptions { RegistrationsPerHour = 2 });
        IRegistrationRateLimiter registrations = limiter;

        var passed = Enumerable.Range(0, 3).Select(_ => registrations.TryAcquire("198.51.100.9", out _)).ToList();

        passed.Should().Equal(true, true, false);
        registrations.TryAcquire("203.0.113.7", out _).Should().BeTrue();
    }

    [Fact]
    public void Registration_WithLimitsDisabled_IsNeverRefused()
    {
        var limiter = Limiter(new RateLimitOptions { Enabled = false, RegistrationsPerHour = 1 });
        IRegistrationRateLimiter registrations = limiter;

        Enumerable.Range(0, 5).Should().OnlyContain(_ => registrations.TryAcquire("198.51.100.9", out _));
    }

    [Fact]
    public void Send_PastTheLimit_IsRefusedUntilItsWindowEnds_AndOnlyForThatUserAndRoom()
    {
        var time = new FakeTimeProvider();
        ISendRateLimiter sends = Limiter(new RateLimitOptions { SendsPerSecond = 2 }, time);

        sends.TryAcquire("alice", "s1", out _).Should().BeTrue();
        time.Advance(TimeSpan.FromMilliseconds(400));
        sends.TryAcquire("alice", "s1", out _).Should().BeTrue();
        sends.TryAcquire("alice", "s1", out var retryAfter).Should().BeFalse();
        retryAfter.Should().Be(1, "0.6 s are left of the window, rounded up");
        sends.TryAcquire("alice", "s2", out _).Should().BeTrue("another room has its own window");
        sends.TryAcquire("bob", "s1", out _).Should().BeTrue("another user has their own window");

        time.Advance(TimeSpan.FromMilliseconds(600));
        sends.TryAcquire("alice", "s1", out _).Should().BeTrue("the window started with the first send is over");
    }

    [Fact]
    public void Send_AfterTheIdleWindowsAreSwept_StillCountsFromZero()
    {
        var time = new FakeTimeProvider();
        ISendRateLimiter sends = Limiter(new RateLimitOptions { SendsPerSecond = 1 }, time);
        sends.TryAcquire("alice", "s1", out _).Should().BeTrue();
        sends.TryAcquire("alice", "s1", out _).Should().BeFalse();

        // Past the sweep interval (a minute): the next call sweeps Alice's finished window, then counts anew.
        time.Advance(TimeSpan.FromMinutes(2));
        sends.TryAcquire("alice", "s1", out _).Should().BeTrue();
        sends.TryAcquire("alice", "s1", out _).Should().BeFalse("one permit per window, sweep or not");
    }

    [Fact]
    public void Login_FailuresSpent_AreForgivenWhenTheirMinuteEnds()
    {
        var time = new FakeTimeProvider();
        ILoginRateLimiter logins = Limiter(new RateLimitOptions { LoginsPerMinute = 1 }, time);
        logins.TryBegin("alice@example.com", "198.51.100.9", out _).Should().BeTrue();
        logins.RecordFailure("alice@example.com", "198.51.100.9");
        time.Advance(TimeSpan.FromSeconds(59));
        logins.TryBegin("alice@example.com", "198.51.100.9", out _).Should().BeFalse();

        time.Advance(TimeSpan.FromSeconds(1));

        logins.TryBegin("alice@example.com", "198.51.100.9", out _).Should().BeTrue();
    }

    private static InMemoryRateLimiter Limiter(RateLimitOptions options, TimeProvider? time = null) =>
        new(Options.Create(options), time ?? TimeProvider.System);
}
