using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Media;

/// <summary>A media message shows what its upload measured, and only its uploader sends it.</summary>
public sealed class UploadRecordHttpTests : IAsyncLifetime
{
    private Scenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await Scenario.StartAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Send_WithMediaFieldsOfItsOwn_StoresWhatTheUploadMeasured()
    {
        var png = SampleFiles.Png(640, 480);
        var uploaded = await UploadAsync(scenario.Bob, png, "holiday\u202Egnp.exe");

        var sent = await scenario.SendAsync(scenario.Bob, new
        {
            type = "image", mediaUrl = uploaded.Str("url"), thumbnailUrl = (string?)null, width = 1, height = 1, fileSize = 1, mediaDuration = 99.5,
            fileName = "invoice.pdf", mimeType = "text/html",
        });

        var stored = await scenario.Alice.GetJsonAsync($"/messages/{sent.Str("id")}");
        stored.Str("thumbnailUrl").Should().Be(uploaded.Str("thumbnailUrl"));
        (stored.Long("width"), stored.Long("height"), stored.Long("fileSize")).Should().Be((640, 480, png.Length));
        stored.Str("mimeType").Should().Be("image/png");
        stored.Str("fileName").Should().Be("holidaygnp.exe", "the name uploaded, without its format characters");
        stored["mediaDuration"].Should().BeNull();
    }

    [Fact]
    public async Task Send_AnotherMembersUpload_Is400ValidationFailedOnMediaUrl()
    {
        var uploaded = await UploadAsync(scenario.Bob, SampleFiles.Pdf(), "plan.pdf");

        var response = await scenario.Alice.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "file", mediaUrl = uploaded.Str("url") });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("mediaUrl");
    }

    [Fact]
    public async Task Send_AnUploadAsAnotherType_Is400ValidationFailedOnType()
    {
        var uploaded = await UploadAsync(scenario.Bob, SampleFiles.Pdf(), "plan.pdf");

        var response = await scenario.Bob.PostAsync($"/messages/sortie/{scenario.SortieId}", new { type = "image", mediaUrl = uploaded.Str("url") });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
        problem["errors"]!.AsObject().Select(e => e.Key).Should().Equal("type");
    }

    [Fact]
    public async Task Upload_PastTheQuota_Is413QuotaExceeded()
    {
        var pdf = SampleFiles.Pdf();
        var quota = (pdf.Length * 1.5 / 1_048_576).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var limited = scenario.Factory.With(("Media:QuotaMiB", quota));
        using var bob = limited.CreateClient();
        bob.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Bob.Token);

        var first = await bob.PostAsync("/messages/upload", UploadHttpTests.Form(scenario.SortieId, pdf, "a.pdf"), TestContext.Current.CancellationToken);
        var second = await bob.PostAsync("/messages/upload", UploadHttpTests.Form(scenario.SortieId, pdf, "b.pdf"), TestContext.Current.CancellationToken);

        await first.ShouldBeAsync(HttpStatusCode.Created);
        await second.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "quota_exceeded");
        Directory.EnumerateFiles(Path.Combine(scenario.Factory.Directory, "media")).Should().HaveCount(1, "the refused file is not kept");
    }

    private async Task<JsonNode> UploadAsync(ApiUser user, byte[] bytes, string fileName)
    {
        var response = await user.Client.PostAsync("/messages/upload", UploadHttpTests.Form(scenario.SortieId, bytes, fileName), TestContext.Current.CancellationToken);
        return await response.ShouldBeAsync(HttpStatusCode.Created);
    }
}
