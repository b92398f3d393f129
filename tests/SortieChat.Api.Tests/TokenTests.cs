using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SortieChat.Api.Tests.Hubs;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>
/// Tokens forged with the server's own key, each wrong in one way, are refused by REST and by the hub alike.
/// A token forged right is accepted, which proves the forging (and so that each refusal is for its one flaw).
/// </summary>
public sealed class TokenTests : IAsyncLifetime
{
    private Scenario scenario = null!;

    public static TheoryData<string> Flaws => ["expired", "not yet valid", "wrong issuer", "wrong audience", "wrong signature", "alg none", "deactivated user"];

    public async ValueTask InitializeAsync() => scenario = await Scenario.StartAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task ForgedRight_IsAcceptedByRestAndHub()
    {
        var token = Forge(scenario.Alice.Id);

        (await GetMeAsync(token)).StatusCode.Should().Be(HttpStatusCode.OK);
        await using var hub = await HubClient.ConnectAsync(scenario.Factory, token);
        hub.Connection.State.Should().Be(HubConnectionState.Connected);
    }

    [Fact]
    public async Task HubConnection_WhenItsTokenExpires_IsClosedByTheServer()
    {
        // Long polling re-sends the token with every poll, but the 30 s clock skew would let those pass for a while:
        // a close well within it comes from the connection's own expiry (CloseOnAuthenticationExpiration).
        var token = Forge(scenario.Alice.Id, expires: DateTime.UtcNow.AddSeconds(3));
        await using var hub = await HubClient.ConnectAsync(scenario.Factory, token);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);

        hub.Connection.State.Should().Be(HubConnectionState.Disconnected);
    }

    [Theory]
    [MemberData(nameof(Flaws))]
    public async Task Flawed_IsRefusedByRest(string flaw)
    {
        var token = await FlawedAsync(flaw);

        await (await GetMeAsync(token)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Theory]
    [MemberData(nameof(Flaws))]
    public async Task Flawed_IsRefusedByTheHub(string flaw)
    {
        var token = await FlawedAsync(flaw);

        var connect = async () => await HubClient.ConnectAsync(scenario.Factory, token);

        (await connect.Should().ThrowAsync<HttpRequestException>()).Which.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private async Task<string> FlawedAsync(string flaw)
    {
        var now = DateTime.UtcNow;
        var alice = scenario.Alice.Id;
        switch (flaw)
        {
            case "expired":
                return Forge(alice, notBefore: now.AddHours(-2), expires: now.AddHours(-1));
            case "not yet valid":
                return Forge(alice, notBefore: now.AddHours(1), expires: now.AddHours(2));
            case "wrong issuer":
                return Forge(alice, issuer: "someone-else");
            case "wrong audience":
                return Forge(alice, audience: "another-app");
            case "wrong signature":
                return Forge(alice, key: "a-key-that-the-server-has-never-seen-anywhere");
            case "alg none":
                var signed = Forge(alice).Split('.');
                return $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{signed[1]}.";
            default:
                var token = scenario.Bob.Token;
                (await scenario.Bob.DeleteAsync("/users/me")).StatusCode.Should().Be(HttpStatusCode.NoContent);
                return token;
        }
    }

    private string Forge(string userId, DateTime? notBefore = null, DateTime? expires = null, string issuer = "sortiechat", string audience = "sortiechat", string? key = null)
    {
        key ??= File.ReadAllText(Path.Combine(scenario.Factory.Directory, "data", "jwt-signing.key")).Trim();
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = new Dictionary<string, object> { ["sub"] = userId },
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }

    private async Task<HttpResponseMessage> GetMeAsync(string token)
    {
        using var client = scenario.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/users/me", TestContext.Current.CancellationToken);
    }

    private static string Base64Url(string json) => Base64UrlEncoder.Encode(json);
}
