using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>
/// <c>Jwt:Authority</c>: tokens of an external OpenID Connect issuer (here an RSA key of the test's, published
/// as that issuer's discovery document would), and users created on first sight from their claims.
/// </summary>
public sealed class ExternalIssuerTests : IAsyncLifetime, IDisposable
{
    private const string Authority = "https://login.example.test/";
    private readonly RSA rsa = RSA.Create(2048);
    private readonly ApiFactory baseFactory = new();
    private WebApplicationFactory<Program> factory = null!;

    public ValueTask InitializeAsync()
    {
        var issuerKey = new RsaSecurityKey(rsa) { KeyId = "issuer-key" };
        var discovery = new OpenIdConnectConfiguration { Issuer = Authority };
        discovery.SigningKeys.Add(issuerKey);
        factory = baseFactory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Jwt:Authority", Authority);
            builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(
                JwtBearerDefaults.AuthenticationScheme,
                options => options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(discovery)));
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await factory.DisposeAsync();
        await baseFactory.DisposeAsync();
    }

    public void Dispose() => rsa.Dispose();

    [Fact]
    public async Task ExternalToken_FirstSeen_CreatesTheUserFromItsClaimsAndKeepsThem()
    {
        using var client = ClientWith(Token("auth0|123", new RsaSecurityKey(rsa) { KeyId = "issuer-key" }));

        var first = await (await client.GetAsync("/users/me", Ct)).ShouldBeAsync(HttpStatusCode.OK);
        var second = await (await client.GetAsync("/users/me", Ct)).ShouldBeAsync(HttpStatusCode.OK);

        first.Str("displayName").Should().Be("Zoé External");
        first.Str("email").Should().Be("zoe@example.org");
        Guid.TryParse(first.Str("id"), out _).Should().BeTrue("our ids stay UUIDs whatever the issuer's subject");
        second.Str("id").Should().Be(first.Str("id"));
    }

    [Fact]
    public async Task ExternalUser_CanCreateASortieAndTalkInItsChat()
    {
        using var client = ClientWith(Token("auth0|456", new RsaSecurityKey(rsa) { KeyId = "issuer-key" }));

        var sortie = await (await client.PostAsJsonAsync("/sorties", new { title = "Hike", startsAt = "2026-12-24T12:00:00Z", maxParticipants = 4 }, Ct))
            .ShouldBeAsync(HttpStatusCode.Created);
        var sent = await (await client.PostAsJsonAsync($"/messages/sortie/{sortie.Str("id")}", new { type = "text", content = "hi" }, Ct))
            .ShouldBeAsync(HttpStatusCode.Created);

        sent.Long("seq").Should().Be(2);
    }

    [Fact]
    public async Task ExternalToken_ClaimingOurUserIdItself_Is401()
    {
        using var victim = ClientWith(Token("auth0|victim", new RsaSecurityKey(rsa) { KeyId = "issuer-key" }));
        var victimId = (await (await victim.GetAsync("/users/me", Ct)).ShouldBeAsync(HttpStatusCode.OK)).Str("id");
        using var forger = ClientWith(Token("auth0|forger", new RsaSecurityKey(rsa) { KeyId = "issuer-key" }, ("sortiechat_uid", victimId)));

        await (await forger.GetAsync("/users/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task TokenSignedByAnotherKey_Is401()
    {
        using var other = RSA.Create(2048);
        using var client = ClientWith(Token("auth0|123", new RsaSecurityKey(other) { KeyId = "issuer-key" }));

        await (await client.GetAsync("/users/me", Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task BuiltInRegistration_IsOffAndSaysSo()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/auth/register", new { email = "a@b.c", password = "long enough", displayName = "A" }, Ct);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Token(string subject, SecurityKey key, params (string Type, string Value)[] extra) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = "sortiechat",
            Expires = DateTime.UtcNow.AddMinutes(10),
            Subject = new ClaimsIdentity(
                [new Claim("sub", subject), new Claim("email", "zoe@example.org"), new Claim("name", "Zoé External"), .. extra.Select(c => new Claim(c.Type, c.Value))]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });

    private HttpClient ClientWith(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
