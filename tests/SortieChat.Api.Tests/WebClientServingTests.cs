using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>The web client's files (src/SortieChat.Api/WebClient) at "/", open, and never in the way of an API route.</summary>
public sealed class WebClientServingTests : IAsyncLifetime
{
    // Paths answered by middleware rather than endpoints: they are API surface too.
    private static readonly string[] MiddlewarePrefixes = ["media", "swagger"];

    private readonly ApiFactory factory = new();

    private static string WebClientFolder => Path.Combine(AppContext.BaseDirectory, "WebClient");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task Root_WithoutToken_ServesTheAppPage_WithAStrictContentSecurityPolicy()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("<div id=\"app\"></div>").And.Contain("/assets/");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.Should().Contain("script-src 'self'").And.Contain("object-src 'none'").And.Contain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task Assets_WithoutToken_AreServedByTheirHashedNames_AndCachedForGood()
    {
        using var client = factory.CreateClient();
        var script = Directory.GetFiles(Path.Combine(WebClientFolder, "assets"), "*.js").Should().ContainSingle().Subject;

        var response = await client.GetAsync("/assets/" + Path.GetFileName(script), TestContext.Current.CancellationToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        response.Headers.CacheControl!.ToString().Should().Contain("immutable");
    }

    [Fact]
    public async Task ServiceWorker_WithoutToken_IsServedAtTheRoot_AsJavaScript()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/sw.js", TestContext.Current.CancellationToken);

        // At the root, so that its scope is the whole app (a worker's scope cannot be above its own path).
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Should().Contain("addEventListener(\"push\"");
    }

    [Fact]
    public void WebClientFiles_ShareNoFirstSegmentWithAnyApiRoute()
    {
        var apiPrefixes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => endpoint.RoutePattern.PathSegments.FirstOrDefault()?.Parts.OfType<Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart>().FirstOrDefault()?.Content)
            .OfType<string>()
            .Concat(MiddlewarePrefixes)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var filePrefixes = Directory.EnumerateFileSystemEntries(WebClientFolder).Select(Path.GetFileName).OfType<string>().ToList();

        apiPrefixes.Should().Contain(["auth", "messages", "chat"]);
        filePrefixes.Should().Contain(["index.html", "assets"]);
        filePrefixes.Should().NotIntersectWith(apiPrefixes);
    }

    [Fact]
    public async Task ApiRoutes_StillAnswerAsTheApi_NextToTheStaticFiles()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/users/me", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task AnUnknownPath_IsAnsweredByTheApi_NotWithTheAppPage()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        // Client routes live after "#": a path the server does not know is the API's (401 without a token, as before).
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }
}
