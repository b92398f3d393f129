using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Media;

/// <summary>POST /messages/upload end to end on the local store: real files in, messages out, bytes back.</summary>
public sealed class UploadHttpTests : IAsyncLifetime
{
    private Scenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await Scenario.StartAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Png_IsMeasuredThumbnailedSentAndServedBackByteForByte()
    {
        var png = SampleFiles.Png(640, 480);

        var uploaded = await UploadAsync(scenario.Bob, png, "../../holiday\u0007.png", HttpStatusCode.Created);

        uploaded.Str("type").Should().Be("image");
        uploaded.Str("mimeType").Should().Be("image/png");
        uploaded.Long("fileSize").Should().Be(png.Length);
        uploaded.Long("width").Should().Be(640);
        uploaded.Long("height").Should().Be(480);
        uploaded.Str("fileName").Should().Be("holiday.png");
        uploaded["mediaDuration"].Should().BeNull();
        var message = await scenario.SendAsync(scenario.Bob, new
        {
            type = "image", mediaUrl = uploaded.Str("url"), thumbnailUrl = uploaded.Str("thumbnailUrl"), width = 640, height = 480, mimeType = "image/png",
        });
        message.Str("mediaUrl").Should().Be(uploaded.Str("url"));
        var served = await scenario.Alice.GetAsync(uploaded.Str("url"));
        (await served.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().Equal(png);
        served.Content.Headers.ContentType!.MediaType.Should().Be("image/png");
        served.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        served.Content.Headers.ContentDisposition.Should().BeNull();
        var thumbnail = await scenario.Alice.GetAsync(uploaded.Str("thumbnailUrl"));
        using var decoded = SkiaSharp.SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        (decoded.Width, decoded.Height).Should().Be((320, 240));
    }

    [Theory]
    [InlineData("wav", "audio", "audio/wav", 1.5)]
    [InlineData("mp4", "video", "video/mp4", 2.5)]
    [InlineData("pdf", "file", "application/pdf", null)]
    public async Task OtherFamilies_AreRecognisedFromTheirBytesAndServedAsAttachments(string sample, string type, string mimeType, double? duration)
    {
        var bytes = sample switch
        {
            "wav" => SampleFiles.Wav(1.5),
            "mp4" => SampleFiles.Mp4(1000, 2500),
            _ => SampleFiles.Pdf(),
        };

        var uploaded = await UploadAsync(scenario.Bob, bytes, "named-wrongly.jpg", HttpStatusCode.Created);

        uploaded.Str("type").Should().Be(type);
        uploaded.Str("mimeType").Should().Be(mimeType);
        uploaded["mediaDuration"]?.GetValue<double>().Should().Be(duration);
        await scenario.SendAsync(scenario.Bob, new { type, mediaUrl = uploaded.Str("url"), fileName = "x" });
        var served = await scenario.Alice.GetAsync(uploaded.Str("url"));
        (await served.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Should().Equal(bytes);
        served.Content.Headers.ContentDisposition!.DispositionType.Should().Be("attachment");
    }

    [Theory]
    [InlineData("exe")]
    [InlineData("svg")]
    [InlineData("html")]
    [InlineData("empty")]
    public async Task DisallowedBytes_WhateverTheName_Are415(string sample)
    {
        var bytes = sample switch
        {
            "exe" => SampleFiles.Executable(),
            "svg" => SampleFiles.Svg(),
            "html" => SampleFiles.Html(),
            _ => [],
        };

        await UploadAsync(scenario.Bob, bytes, "innocent.png", HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task DecompressionBombPng_IsRefusedBeforeDecoding()
    {
        await UploadAsync(scenario.Bob, SampleFiles.DecompressionBombPng(), "bomb.png", HttpStatusCode.RequestEntityTooLarge, "file_too_large");
    }

    [Fact]
    public async Task Upload_WithoutToken_Is401_AndByANonMember_Is403()
    {
        using var anonymous = scenario.Factory.CreateClient();
        (await anonymous.PostAsync("/messages/upload", Form(scenario.SortieId, SampleFiles.Pdf(), "a.pdf"), TestContext.Current.CancellationToken))
            .StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        await UploadAsync(scenario.Mallory, SampleFiles.Pdf(), "a.pdf", HttpStatusCode.Forbidden, "not_a_member");
    }

    [Fact]
    public async Task MediaUrl_OfADeletedMessage_IsNoLongerServed()
    {
        var uploaded = await UploadAsync(scenario.Bob, SampleFiles.Pdf(), "plan.pdf", HttpStatusCode.Created);
        var message = await scenario.SendAsync(scenario.Bob, new { type = "file", mediaUrl = uploaded.Str("url") });

        (await scenario.Bob.DeleteAsync($"/messages/{message.Str("id")}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await WhenGoneAsync(scenario.Alice.Client, uploaded.Str("url"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_Mp4WithAHuge64BitBoxSize_IsStoredWithoutDuration()
    {
        var uploaded = await UploadAsync(scenario.Bob, SampleFiles.Mp4WithAHugeBoxSize(), "crafted.mp4", HttpStatusCode.Created);

        uploaded["mediaDuration"].Should().BeNull();
    }

    [Fact]
    public async Task GetMedia_UnknownNameWithoutToken_Is404NotFound()
    {
        using var anonymous = scenario.Factory.CreateClient();

        var response = await anonymous.GetAsync($"/media/{Guid.NewGuid():N}.png", TestContext.Current.CancellationToken);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task GetMedia_OfADeletedMessageWithoutToken_Is404NotFound()
    {
        var uploaded = await UploadAsync(scenario.Bob, SampleFiles.Pdf(), "plan.pdf", HttpStatusCode.Created);
        var message = await scenario.SendAsync(scenario.Bob, new { type = "file", mediaUrl = uploaded.Str("url") });
        (await scenario.Bob.DeleteAsync($"/messages/{message.Str("id")}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        using var anonymous = scenario.Factory.CreateClient();

        var response = await WhenGoneAsync(anonymous, uploaded.Str("url"));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "not_found");
    }

    /// <summary>The file goes after the commit, or in a background sweep, off the request path (a media provider may be slow): wait up to 10 s.</summary>
    internal static async Task<HttpResponseMessage> WhenGoneAsync(HttpClient client, string url)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK || attempt == 100)
            {
                return response;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    internal static MultipartFormDataContent Form(string sortieId, byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return new MultipartFormDataContent { { new StringContent(sortieId), "sortieId" }, { file, "file", fileName } };
    }

    private async Task<JsonNode> UploadAsync(ApiUser user, byte[] bytes, string fileName, HttpStatusCode expected, string? code = null)
    {
        var response = await user.Client.PostAsync("/messages/upload", Form(scenario.SortieId, bytes, fileName), TestContext.Current.CancellationToken);
        return code is null ? await response.ShouldBeAsync(expected) : await response.ShouldBeProblemAsync(expected, code);
    }
}
