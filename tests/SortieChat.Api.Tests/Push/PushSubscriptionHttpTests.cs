using System.Net;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Push;

/// <summary>/users/me/push-subscriptions (DESIGN.md section 9): per device, at most 10, endpoints checked.</summary>
public sealed class PushSubscriptionHttpTests : IAsyncLifetime
{
    private const string Route = "/users/me/push-subscriptions";
    private readonly ApiFactory factory = new();
    private ApiUser alice = null!;

    public async ValueTask InitializeAsync() => alice = await ApiUser.RegisterAsync(factory, "Alice");

    public async ValueTask DisposeAsync()
    {
        alice.Dispose();
        await factory.DisposeAsync();
    }

    [Fact]
    public async Task Subscription_SavedAgainThenDeleted_IsCreatedReplacedListedAndGone()
    {
        using var keys = new PushKeys();
        const string Endpoint = "https://push.example.com/send/device-1";

        var created = await (await alice.PostAsync(Route, keys.Body(Endpoint))).ShouldBeAsync(HttpStatusCode.Created);
        using var newKeys = new PushKeys();
        var again = await (await alice.PostAsync(Route, newKeys.Body(Endpoint))).ShouldBeAsync(HttpStatusCode.OK);
        var listed = await alice.GetJsonAsync(Route);
        var deleted = await alice.DeleteAsync($"{Route}?endpoint={Uri.EscapeDataString(Endpoint)}");
        var deletedAgain = await alice.DeleteAsync($"{Route}?endpoint={Uri.EscapeDataString(Endpoint)}");

        created.AsObject().Select(p => p.Key).Should().Equal("endpoint", "createdAt");
        again.Str("createdAt").Should().Be(created.Str("createdAt"));
        listed.AsArray().Select(s => s!.Str("endpoint")).Should().Equal(Endpoint);
        (deleted.StatusCode, deletedAgain.StatusCode).Should().Be((HttpStatusCode.NoContent, HttpStatusCode.NoContent));
        (await alice.GetJsonAsync(Route)).AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Subscriptions_BeyondTen_ReplaceTheOldest()
    {
        var endpoints = Enumerable.Range(0, 11).Select(i => $"https://push.example.com/send/{i}").ToList();
        foreach (var endpoint in endpoints)
        {
            await (await alice.PostAsync(Route, PushKeys.NewSubscription(endpoint))).ShouldBeAsync(HttpStatusCode.Created);
        }

        var listed = await alice.GetJsonAsync(Route);

        listed.AsArray().Select(s => s!.Str("endpoint")).Should().BeEquivalentTo(endpoints.Skip(1));
    }

    [Theory]
    [InlineData("http://push.example.com/send/1")]
    [InlineData("https://127.0.0.1/send")]
    [InlineData("https://localhost:8443/send")]
    [InlineData("https://10.1.2.3/send")]
    [InlineData("https://172.20.0.5/send")]
    [InlineData("https://192.168.1.10/send")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::1]/send")]
    [InlineData("https://[fd00::1]/send")]
    [InlineData("https://[::ffff:127.0.0.1]/send")]
    [InlineData("not a url")]
    public async Task Subscription_ToAnInsecureOrPrivateEndpoint_IsRefused(string endpoint)
    {
        var problem = await (await alice.PostAsync(Route, PushKeys.NewSubscription(endpoint))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem["errors"]!["endpoint"].Should().NotBeNull();
    }

    [Fact]
    public async Task Subscription_ToALoopbackEndpoint_IsAcceptedWhenInsecureEndpointsAreAllowed()
    {
        await using var allowing = new ApiFactory { Settings = [("Push:AllowInsecureEndpoints", "true")] };
        using var bob = await ApiUser.RegisterAsync(allowing, "Bob");

        var response = await bob.PostAsync(Route, PushKeys.NewSubscription("http://127.0.0.1:9/push"));

        await response.ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Subscription_WithKeysThatAreNotAP256PointAndSixteenBytes_IsRefused()
    {
        var body = new JsonObject
        {
            ["endpoint"] = "https://push.example.com/send/x",
            ["keys"] = new JsonObject { ["p256dh"] = "AAAA", ["auth"] = "not*base64" },
        };

        var problem = await (await alice.PostRawAsync(Route, body.ToJsonString())).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");

        problem["errors"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo("keys.p256dh", "keys.auth");
    }

    [Fact]
    public async Task Subscriptions_WithPushDisabled_AreNotFound()
    {
        await using var disabled = new ApiFactory { Settings = [("Push:Enabled", "false")] };
        using var bob = await ApiUser.RegisterAsync(disabled, "Bob");

        await (await bob.PostAsync(Route, PushKeys.NewSubscription())).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await bob.GetAsync(Route)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        await (await bob.DeleteAsync($"{Route}?endpoint=x")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }
}
