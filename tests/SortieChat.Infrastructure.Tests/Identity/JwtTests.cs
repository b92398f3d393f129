using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SortieChat.Infrastructure.Identity;

namespace SortieChat.Infrastructure.Tests.Identity;

public sealed class JwtTests : IDisposable
{
    private const string Key = "a-signing-key-of-at-least-32-bytes-long!";
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "sortiechat-jwt-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task Issue_Token_ValidatesWithTheKeyIssuerAndAudienceAndCarriesSub()
    {
        var issuer = new JwtTokenIssuer(
            JwtSigningKey.Resolve(Key, isDevelopment: false, dataDirectory), Options.Create(new JwtOptions { AccessTokenMinutes = 5 }), TimeProvider.System);

        var token = issuer.Issue("user-1", "a@b.c", "Alice");

        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token.Token, new TokenValidationParameters
        {
            ValidIssuer = "sortiechat",
            ValidAudience = "sortiechat",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Key)),
        });
        validation.IsValid.Should().BeTrue(validation.Exception?.Message);
        validation.Claims["sub"].Should().Be("user-1");
        token.ExpiresAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddMinutes(5), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Issue_Token_IsRefusedWithAnotherKey()
    {
        var issuer = new JwtTokenIssuer(
            JwtSigningKey.Resolve(Key, isDevelopment: false, dataDirectory), Options.Create(new JwtOptions()), TimeProvider.System);

        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(issuer.Issue("u", "a@b.c", "A").Token, new TokenValidationParameters
        {
            ValidIssuer = "sortiechat",
            ValidAudience = "sortiechat",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another-signing-key-of-32-bytes-or-more")),
        });

        validation.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Resolve_NoKeyOutsideDevelopment_FailsSayingWhatToSet()
    {
        var resolve = () => JwtSigningKey.Resolve(null, isDevelopment: false, dataDirectory);

        resolve.Should().Throw<StartupException>().WithMessage("Jwt:SigningKey is not set*");
    }

    [Fact]
    public void Resolve_AShortKey_FailsSayingItIsTooShort()
    {
        var resolve = () => JwtSigningKey.Resolve("short", isDevelopment: true, dataDirectory);

        resolve.Should().Throw<StartupException>().WithMessage("*too short*");
    }

    [Fact]
    public void Resolve_NoKeyInDevelopment_GeneratesOneKeyAndKeepsIt()
    {
        var first = JwtSigningKey.Resolve(null, isDevelopment: true, dataDirectory);
        var second = JwtSigningKey.Resolve(null, isDevelopment: true, dataDirectory);

        File.Exists(Path.Combine(dataDirectory, JwtSigningKey.DevelopmentKeyFile)).Should().BeTrue();
        second.Key.Key.Should().Equal(first.Key.Key);
        first.Key.Key.Length.Should().BeGreaterThanOrEqualTo(JwtSigningKey.MinimumBytes);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Resolve_NoKeyInDevelopment_WritesAKeyFileOnlyItsOwnerCanRead()
    {
        JwtSigningKey.Resolve(null, isDevelopment: true, dataDirectory);

        File.GetUnixFileMode(Path.Combine(dataDirectory, JwtSigningKey.DevelopmentKeyFile))
            .Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
