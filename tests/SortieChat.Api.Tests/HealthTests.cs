using System.Net;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests;

public sealed class HealthTests : IAsyncLifetime
{
    private readonly ApiFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_WithoutToken_AnswersHealthy(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        var body = await response.ShouldBeAsync(HttpStatusCode.OK);
        body.Str("status").Should().Be("Healthy");
        body["totalDuration"]!.GetValue<string>().Should().MatchRegex(@"^\d\d:\d\d:\d\d");
        body["entries"].Should().NotBeNull();
    }

    [Fact]
    public async Task Ready_WithoutToken_ListsTheDatabaseCheck()
    {
        using var client = factory.CreateClient();

        var body = await (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK);

        body["entries"]!["database"]!["status"]!.GetValue<string>().Should().Be("Healthy");
        body["entries"]!["database"]!["data"].Should().NotBeNull();
    }

    [Fact]
    public async Task Ready_WithoutRedis_ListsTheDatabaseAndTheMediaStoreButNoRedis()
    {
        using var client = factory.CreateClient();

        var body = await (await client.GetAsync("/health/ready", TestContext.Current.CancellationToken)).ShouldBeAsync(HttpStatusCode.OK);

        body["entries"]!.AsObject().Select(entry => entry.Key).Should().Contain(["database", "media"]).And.NotContain("redis");
        body["entries"]!["media"]!["status"]!.GetValue<string>().Should().Be("Healthy");
        body["entries"]!["media"]!["data"]!["provider"]!.GetValue<string>().Should().Be("Local");
    }

    [Fact]
    public async Task Startup_WithNoConfiguration_CreatesTheDatabaseAndAKeyUnderData()
    {
        using var client = factory.CreateClient();

        await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        File.Exists(Path.Combine(factory.Directory, "sortiechat.db")).Should().BeTrue();
        File.Exists(Path.Combine(factory.Directory, "data", "jwt-signing.key")).Should().BeTrue();
    }
}
