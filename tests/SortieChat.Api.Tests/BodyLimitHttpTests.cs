using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

/// <summary>JSON bodies are capped at 64 KiB on every route, anonymous ones included (DESIGN.md section 4).</summary>
public sealed class BodyLimitHttpTests : IAsyncLifetime
{
    private Scenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await Scenario.StartAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Register_WithA100KiBBody_Is413BodyTooLarge()
    {
        using var anonymous = scenario.Factory.CreateClient();

        var response = await anonymous.PostAsync("/auth/register", Json(RegistrationOf(100 * 1024)), TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body_too_large");
    }

    [Fact]
    public async Task CreateSortie_WithA100KiBBody_Is413BodyTooLarge()
    {
        var response = await scenario.Alice.PostRawAsync("/sorties", SortieOf(100 * 1024));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body_too_large");
    }

    [Fact]
    public async Task CreateSortie_WithABodyJustUnder64KiB_IsRead()
    {
        var response = await scenario.Alice.PostRawAsync("/sorties", SortieOf(60 * 1024));

        await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Register_WithA100KiBBodyOfUnknownLength_OverKestrel_Is413BodyTooLarge()
    {
        await using var kestrel = new ApiFactory(scenario.Factory.Directory) { KeepDirectory = true };
        using var client = new HttpClient { BaseAddress = kestrel.StartKestrel() };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/register") { Content = Json(RegistrationOf(100 * 1024)) };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "body_too_large");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

    private static string RegistrationOf(int size) =>
        $"{{\"email\":\"big.{Guid.NewGuid():N}@example.com\",\"password\":\"correct horse battery\",\"displayName\":\"{new string('x', size)}\"}}";

    /// <summary>A valid sortie padded with a property the server ignores.</summary>
    private static string SortieOf(int size) =>
        $"{{\"title\":\"Big\",\"startsAt\":\"2026-12-24T12:00:00Z\",\"maxParticipants\":2,\"padding\":\"{new string('x', size)}\"}}";
}
