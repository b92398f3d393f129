using Microsoft.Extensions.Options;
using SortieChat.Application.Abstractions;
using SortieChat.Infrastructure.RateLimiting;

namespace SortieChat.Infrastructure.Tests.RateLimiting;

public sealed class InMemoryRateLimiterTests
{
    [Fact]
    public void Login_FailuresFromOneAddress_DoNotLockTheAccountOutFromAnother()
    {
        using var limiter = Limiter(new RateLimitOptions { LoginsPerMinute = 3 });
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
        using var limiter = Limiter(new RateLimitOptions { LoginsPerMinute = 2 });
        ILoginRateLimiter logins = limiter;

        var passed = Enumerable.Range(0, 3).Select(i => logins.TryBegin($"user{i}@example.com", "198.51.100.9", out _)).ToList();

        passed.Should().Equal(true, true, false);
    }

    [Fact]
    public void Registration_PastTheLimitPerAddress_IsRefusedThere_AndNotElsewhere()
    {
        using var limiter = Limiter(new RateLimitOptions { RegistrationsPerHour = 2 });
        IRegistrationRateLimiter registrations = limiter;

        var passed = Enumerable.Range(0, 3).Select(_ => registrations.TryAcquire("198.51.100.9", out _)).ToList();

        passed.Should().Equal(true, true, false);
        registrations.TryAcquire("203.0.113.7", out _).Should().BeTrue();
    }

    [Fact]
    public void Registration_WithLimitsDisabled_IsNeverRefused()
    {
        using var limiter = Limiter(new RateLimitOptions { Enabled = false, RegistrationsPerHour = 1 });
        IRegistrationRateLimiter registrations = limiter;

        Enumerable.Range(0, 5).Should().OnlyContain(_ => registrations.TryAcquire("198.51.100.9", out _));
    }

    private static InMemoryRateLimiter Limiter(RateLimitOptions options) => new(Options.Create(options));
}
