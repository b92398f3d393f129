using System.Net;
using System.Net.Http.Json;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>CORS for browser apps on another origin, security headers, and X-Forwarded-For only from known proxies.</summary>
public sealed class BrowserAndProxyTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Theory]
    [InlineData("http://localhost:5173")]
    [InlineData("http://127.0.0.1:8080")]
    public async Task Preflight_FromALocalOriginInDevelopment_IsAllowedWithCredentials(string origin)
    {
        var response = await PreflightAsync(factory.CreateClient(), origin, "/sorties");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal(origin);
        response.Headers.GetValues("Access-Control-Allow-Credentials").Should().Equal("true");
    }

    [Fact]
    public async Task Preflight_FromAnUnknownOrigin_GetsNoAllowance()
    {
        var response = await PreflightAsync(factory.CreateClient(), "https://evil.example.com", "/sorties");

        response.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Fact]
    public async Task Preflight_WithConfiguredOrigins_AllowsThoseOnly()
    {
        await using var configured = factory.With(("Cors:AllowedOrigins:0", "https://app.example.com"));
        using var client = configured.CreateClient();

        var allowed = await PreflightAsync(client, "https://app.example.com", "/chat/negotiate");
        var local = await PreflightAsync(client, "http://localhost:5173", "/chat/negotiate");

        allowed.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("https://app.example.com");
        local.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Fact]
    public async Task Refusal_ToAnAllowedOrigin_CarriesTheCorsHeaders_SoThePageCanReadIt()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/users/me");
        request.Headers.Add("Origin", "http://localhost:5173");

        var response = await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
        response.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal("http://localhost:5173");
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/users/me")]
    [InlineData("/no-such-route")]
    public async Task AnyResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await factory.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("X-Frame-Options").Should().Equal("DENY");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
    }

    [Theory]
    [InlineData(null, HttpStatusCode.TooManyRequests)]
    [InlineData("127.0.0.1", HttpStatusCode.Created)]
    public async Task Limits_SeeTheForwardedClient_OnlyBehindAKnownProxy(string? knownProxy, HttpStatusCode secondClient)
    {
        var settings = new Dictionary<string, string> { ["RateLimits:RegistrationsPerHour"] = "1" };
        if (knownProxy is not null)
        {
            settings["ForwardedHeaders:KnownProxies:0"] = knownProxy;
        }

        await using var server = await ServerProcess.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var first = await RegisterBehindProxyAsync(http, "198.51.100.1");
        var second = await RegisterBehindProxyAsync(http, "198.51.100.2");

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        second.StatusCode.Should().Be(secondClient, "two clients behind a trusted proxy are two addresses; otherwise one");
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<HttpResponseMessage> RegisterBehindProxyAsync(HttpClient http, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "auth/register")
        {
            Content = JsonContent.Create(new { email = $"user.{Guid.NewGuid():N}@example.com", password = "correct horse battery", displayName = "User" }),
        };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
