using Moq;
using SortieChat.Application.Abstractions;
using SortieChat.Application.Abstractions.Persistence;
using SortieChat.Application.Common;
using SortieChat.Application.Tests.Support;
using SortieChat.Application.Users.Login;
using SortieChat.Domain.Common;
using SortieChat.Domain.Users;

namespace SortieChat.Application.Tests.Handlers;

/// <summary>Unit tests of the one handler whose logic is its own: unknown and wrong look alike.</summary>
public sealed class LoginQueryHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private readonly Mock<IUserRepository> users = new();
    private readonly Mock<IPasswordHasher> hasher = new();
    private readonly Mock<ITokenIssuer> tokens = new();
    private readonly Mock<ILoginRateLimiter> limiter = new();
    private readonly Mock<ICurrentUser> caller = new();

    public LoginQueryHandlerTests()
    {
        var wait = 0;
        limiter.Setup(l => l.TryBegin(It.IsAny<string>(), It.IsAny<string?>(), out wait)).Returns(true);
        caller.Setup(c => c.ClientAddress).Returns("203.0.113.7");
    }

    [Fact]
    public async Task Handle_OverTheLoginLimit_FailsWithRateLimitedBeforeCheckingThePassword()
    {
        var wait = 42;
        limiter.Setup(l => l.TryBegin("alice@example.com", "203.0.113.7", out wait)).Returns(false);

        var result = await Handler().Handle(new LoginQuery("Alice@example.com", "whatever1"), TestContext.Current.CancellationToken);

        result.ShouldFailWith(RequestErrorCodes.RateLimited).RetryAfterSeconds.Should().Be(42);
        hasher.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Handle_UnknownEmail_VerifiesAgainstNoHashAndFailsWithInvalidCredentials()
    {
        var result = await Handler().Handle(new LoginQuery("nobody@example.com", "whatever1"), TestContext.Current.CancellationToken);

        result.ShouldFailWith(ErrorCodes.InvalidCredentials);
        hasher.Verify(h => h.Verify(null, "whatever1"), Times.Once, "an unknown account must cost as much as a wrong password");
        hasher.Verify(h => h.Verify(It.IsAny<string?>(), It.IsAny<string>()), Times.Once);
    }

    [Fact]
    public async Task Handle_WrongPassword_FailsWithInvalidCredentials()
    {
        GivenUser(active: true, passwordMatches: false);

        var result = await Handler().Handle(new LoginQuery("ALICE@example.com ", "wrong-password"), TestContext.Current.CancellationToken);

        result.ShouldFailWith(ErrorCodes.InvalidCredentials);
        tokens.VerifyNoOtherCalls();
        hasher.Verify(h => h.Verify(It.IsAny<string?>(), It.IsAny<string>()), Times.Once, "one verification, as for an unknown account");
    }

    [Fact]
    public async Task Handle_WrongPassword_CountsAFailureForThatAccountAndAddress()
    {
        GivenUser(active: true, passwordMatches: false);

        await Handler().Handle(new LoginQuery("alice@example.com", "wrong-password"), TestContext.Current.CancellationToken);

        limiter.Verify(l => l.RecordFailure("alice@example.com", "203.0.113.7"), Times.Once);
    }

    [Fact]
    public async Task Handle_RightPassword_CountsNoFailure()
    {
        var user = GivenUser(active: true, passwordMatches: true);
        tokens.Setup(t => t.Issue(user.Id, user.Email, user.DisplayName)).Returns(new AccessToken("jwt", Now.AddHours(1)));

        await Handler().Handle(new LoginQuery("alice@example.com", "right-password"), TestContext.Current.CancellationToken);

        limiter.Verify(l => l.RecordFailure(It.IsAny<string>(), It.IsAny<string?>()), Times.Never);
    }

    [Fact]
    public async Task Handle_DeactivatedAccount_FailsWithInvalidCredentials()
    {
        GivenUser(active: false, passwordMatches: true);

        var result = await Handler().Handle(new LoginQuery("alice@example.com", "right-password"), TestContext.Current.CancellationToken);

        result.ShouldFailWith(ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task Handle_RightPassword_IssuesATokenForTheUser()
    {
        var user = GivenUser(active: true, passwordMatches: true);
        tokens.Setup(t => t.Issue(user.Id, user.Email, user.DisplayName)).Returns(new AccessToken("jwt", Now.AddHours(1)));

        var result = await Handler().Handle(new LoginQuery(" Alice@Example.com", "right-password"), TestContext.Current.CancellationToken);

        result.ShouldSucceed().Should().Be(new Users.AuthResultDto(user.Id, "jwt", Now.AddHours(1)));
    }

    private LoginQueryHandler Handler() => new(users.Object, hasher.Object, tokens.Object, limiter.Object, caller.Object);

    private User GivenUser(bool active, bool passwordMatches)
    {
        var user = User.Rehydrate("0190b7a4-3c5e-7d2a-9f1b-2c3d4e5f6a7b", "alice@example.com", "Alice", null, "hash", Now, active ? null : Now);
        users.Setup(u => u.FindByEmailAsync("alice@example.com", It.IsAny<CancellationToken>())).ReturnsAsync(user);
        hasher.Setup(h => h.Verify("hash", It.IsAny<string>())).Returns(passwordMatches);
        return user;
    }
}
