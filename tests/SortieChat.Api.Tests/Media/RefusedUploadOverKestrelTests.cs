using System.Net;
using System.Net.Http.Headers;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Media;

/// <summary>
/// A refused upload reaches the client as its problem details, not a reset connection (DESIGN.md section 4). Over a
/// real socket: the test host's in-memory pipe never resets.
/// </summary>
public sealed class RefusedUploadOverKestrelTests : IAsyncLifetime
{
    private Scenario scenario = null!;
    private ApiFactory kestrel = null!;
    private HttpClient client = null!;

    /// <summary>An image of half a MiB: more than the server reads before it decides, less than the 1 MiB it drains.</summary>
    private static byte[] SmallImage => [.. SampleFiles.Png(), .. new byte[512 * 1024]];

    public async ValueTask InitializeAsync()
    {
        scenario = await Scenario.StartAsync();
        kestrel = new ApiFactory(scenario.Factory.Directory) { KeepDirectory = true };
        client = new HttpClient { BaseAddress = kestrel.StartKestrel() };
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await kestrel.DisposeAsync();
        await scenario.DisposeAsync();
    }

    [Fact]
    public async Task Upload_WithoutToken_Receives401ProblemDetails()
    {
        // Slower than the 5 s for which Kestrel drains an unread body on its own.
        var form = AsOverANetwork(UploadHttpTests.Form(scenario.SortieId, SmallImage, "a.png"), TimeSpan.FromMilliseconds(750));

        var response = await client.PostAsync("/messages/upload", form, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Upload_ByAStranger_Receives403NotAMember()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/messages/upload") {
            Content = AsOverANetwork(UploadHttpTests.Form(scenario.SortieId, SmallImage, "a.png"), TimeSpan.FromMilliseconds(20)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Mallory.Token);

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "not_a_member");
    }

    [Fact]
    public async Task Upload_PastTheQuota_Receives413QuotaExceeded()
    {
        await using var quotaOfOneImage = new ApiFactory(scenario.Factory.Directory) { KeepDirectory = true, Settings = [("Media:QuotaMiB", "0.75")] };
        using var limited = new HttpClient { BaseAddress = quotaOfOneImage.StartKestrel() };
        limited.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Bob.Token);
        var first = await limited.PostAsync("/messages/upload", UploadHttpTests.Form(scenario.SortieId, SmallImage, "a.png"), TestContext.Current.CancellationToken);
        await first.ShouldBeAsync(HttpStatusCode.Created);

        var response = await limited.PostAsync(
            "/messages/upload", AsOverANetwork(UploadHttpTests.Form(scenario.SortieId, SmallImage, "b.png"), TimeSpan.FromMilliseconds(20)),
            TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "quota_exceeded");
    }

    /// <summary>The form as a client on a network sends it: the headers first, then the body in pieces of 64 KiB, one every <paramref name="pause"/>.</summary>
    private static HttpContent AsOverANetwork(HttpContent form, TimeSpan pause) => new TrickledContent(form, pause);

    private sealed class TrickledContent : HttpContent
    {
        private readonly HttpContent inner;
        private readonly TimeSpan pause;

        public TrickledContent(HttpContent inner, TimeSpan pause)
        {
            this.inner = inner;
            this.pause = pause;
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var bytes = await inner.ReadAsByteArrayAsync();
            foreach (var chunk in bytes.Chunk(64 * 1024))
            {
                await Task.Delay(pause);
                await stream.WriteAsync(chunk);
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = inner.Headers.ContentLength ?? -1;
            return length >= 0;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
