using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SortieChat.Infrastructure.Identity;

namespace SortieChat.Infrastructure.Tests.Identity;

public sealed class PasswordHasherTests
{
    private readonly IdentityPasswordHasher hasher =
        new(new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 1000 })));

    [Fact]
    public void Verify_TheRightPassword_Succeeds()
    {
        hasher.Verify(hasher.Hash("correct horse"), "correct horse").Should().BeTrue();
    }

    [Fact]
    public void Verify_AWrongPassword_Fails()
    {
        hasher.Verify(hasher.Hash("correct horse"), "battery staple").Should().BeFalse();
    }

    [Fact]
    public void Verify_NoHash_Fails()
    {
        hasher.Verify(null, "anything").Should().BeFalse();
    }

    [Fact]
    public void Hash_TheSamePasswordTwice_IsSaltedDifferently()
    {
        hasher.Hash("same").Should().NotBe(hasher.Hash("same"));
    }
}
