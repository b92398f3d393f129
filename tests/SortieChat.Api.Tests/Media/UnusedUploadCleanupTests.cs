using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Media;

/// <summary>
/// The background sweep of uploads no message showed (Media:UnusedUploadHours, default 6), on the server's own
/// clock moved by hand: real SQLite, the local media store, files checked over HTTP.
/// </summary>
public sealed class UnusedUploadCleanupTests
{
    [Fact]
    public async Task Sweep_AfterTheLifetime_DeletesAnUnusedUploadAndKeepsASentOne()
    {
        await using var scenario = await Scenario.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var server = scenario.Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        using var bob = server.CreateClient();
        bob.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Bob.Token);
        using var anonymous = server.CreateClient();
        // Sent first, so that the sweep (oldest first) has decided about it before it reaches the unused one.
        var sent = await UploadAsync(bob, scenario.SortieId, SampleFiles.Pdf(), "plan.pdf");
        var unused = await UploadAsync(bob, scenario.SortieId, SampleFiles.Png(), "draft.png");
        var message = await bob.PostAsync(
            $"/messages/sortie/{scenario.SortieId}", System.Net.Http.Json.JsonContent.Create(new { type = "file", mediaUrl = sent.Url }), TestContext.Current.CancellationToken);
        await message.ShouldBeAsync(HttpStatusCode.Created);
        (await anonymous.GetAsync(unused.Url, TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);

        clock.Advance(TimeSpan.FromHours(7));

        var gone = await UploadHttpTests.WhenGoneAsync(anonymous, unused.Url);
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
        // The sweep deletes the file, then its thumbnail: the second may land a moment after the first.
        (await UploadHttpTests.WhenGoneAsync(anonymous, unused.ThumbnailUrl)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(sent.Url, TestContext.Current.CancellationToken)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    private static async Task<(string Url, string ThumbnailUrl)> UploadAsync(HttpClient client, string sortieId, byte[] bytes, string fileName)
    {
        var response = await client.PostAsync("/messages/upload", UploadHttpTests.Form(sortieId, bytes, fileName), TestContext.Current.CancellationToken);
        var uploaded = await response.ShouldBeAsync(HttpStatusCode.Created);
        return (uploaded.Str("url"), uploaded["thumbnailUrl"]?.GetValue<string>() ?? string.Empty);
    }
}
