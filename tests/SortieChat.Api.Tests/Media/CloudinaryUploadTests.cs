using System.Net;
using System.Net.Http.Headers;
using SortieChat.Api.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace SortieChat.Api.Tests.Media;

/// <summary>Media:Provider=Cloudinary end to end over HTTP, with WireMock standing in for Cloudinary's upload API.</summary>
public sealed class CloudinaryUploadTests : IAsyncLifetime
{
    private readonly WireMockServer cloudinary = WireMockServer.Start();
    private Scenario scenario = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> withCloudinary = null!;
    private HttpClient bob = null!;

    public async ValueTask InitializeAsync()
    {
        scenario = await Scenario.StartAsync();
        withCloudinary = scenario.Factory.With(
            ("Media:Provider", "Cloudinary"),
            ("CLOUDINARY_URL", "cloudinary://123456:secret@demo"),
            ("Media:Cloudinary:BaseUrl", cloudinary.Url),
            // Generous: WireMock answers at once, but a loaded machine can stall it for seconds (a 3 s attempt timed out).
            ("Media:Cloudinary:TimeoutSeconds", "30"));
        bob = withCloudinary.CreateClient();
        bob.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Bob.Token);
    }

    public async ValueTask DisposeAsync()
    {
        bob.Dispose();
        await withCloudinary.DisposeAsync();
        await scenario.DisposeAsync();
        cloudinary.Dispose();
    }

    [Fact]
    public async Task Upload_ToCloudinary_AnswersItsUrlAndTheMessageAcceptsIt()
    {
        cloudinary.Given(Request.Create().WithPath("/v1_1/demo/image/upload").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            secure_url = "https://res.cloudinary.com/demo/image/upload/v1700000000/sortiechat/0123.png",
            public_id = "sortiechat/0123",
            width = 64,
            height = 48,
        }));

        var uploaded = await (await bob.PostAsync("/messages/upload", UploadHttpTests.Form(scenario.SortieId, SampleFiles.Png(), "p.png"), TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.Created);
        var sent = await bob.PostAsync(
            $"/messages/sortie/{scenario.SortieId}",
            System.Net.Http.Json.JsonContent.Create(new { type = "image", mediaUrl = uploaded.Str("url"), thumbnailUrl = uploaded.Str("thumbnailUrl") }),
            TestContext.Current.CancellationToken);

        uploaded.Str("url").Should().MatchRegex("^https://res.cloudinary.com/demo/image/upload/sortiechat/[0-9a-f]{32}$", "one canonical URL per asset");
        uploaded.Str("thumbnailUrl").Should().Contain("/upload/c_limit,w_320,h_320/");
        uploaded.Long("width").Should().Be(64);
        await sent.ShouldBeAsync(HttpStatusCode.Created);
        Directory.EnumerateFiles(Path.Combine(scenario.Factory.Directory, "media")).Should().BeEmpty("nothing is kept locally");
    }

    [Theory]
    [InlineData("image/upload/v1700000000/sortiechat/{0}.png")]
    [InlineData("image/upload/e_blur:2000/sortiechat/{0}")]
    [InlineData("image/upload/sortiechat/{0}.jpg")]
    public async Task Send_AnotherNameOfAnIssuedAsset_Is400ValidationFailed(string path)
    {
        cloudinary.Given(Request.Create().WithPath("/v1_1/demo/image/upload").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBodyAsJson(new
        {
            secure_url = "https://res.cloudinary.com/demo/image/upload/v1700000000/sortiechat/0123.png",
            width = 64,
            height = 48,
        }));
        var uploaded = await (await bob.PostAsync("/messages/upload", UploadHttpTests.Form(scenario.SortieId, SampleFiles.Png(), "p.png"), TestContext.Current.CancellationToken))
            .ShouldBeAsync(HttpStatusCode.Created);
        var id = uploaded.Str("url")[^32..];

        var sent = await bob.PostAsync(
            $"/messages/sortie/{scenario.SortieId}",
            System.Net.Http.Json.JsonContent.Create(new { type = "image", mediaUrl = "https://res.cloudinary.com/demo/" + string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id) }),
            TestContext.Current.CancellationToken);

        await sent.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Upload_WhenCloudinaryFails_Is502AndKeepsNothing()
    {
        cloudinary.Given(Request.Create().WithPath("/v1_1/demo/raw/upload").UsingPost()).RespondWith(Response.Create().WithStatusCode(500));

        var response = await bob.PostAsync("/messages/upload", UploadHttpTests.Form(scenario.SortieId, SampleFiles.Pdf(), "a.pdf"), TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadGateway, "media_provider_failed");
        Directory.EnumerateFiles(Path.Combine(scenario.Factory.Directory, "media")).Should().BeEmpty();
    }
}
