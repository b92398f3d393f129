using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Media;

/// <summary>A multipart body that cannot be read is the client's mistake: 400 validation_failed, never a 500.</summary>
public sealed class MalformedUploadHttpTests : IAsyncLifetime
{
    private const string Boundary = "sortiechat-boundary";
    private Scenario scenario = null!;

    public async ValueTask InitializeAsync() => scenario = await Scenario.StartAsync();

    public ValueTask DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Upload_GarbageUnderAMultipartContentType_Is400ValidationFailed()
    {
        var response = await UploadRawAsync("this is not a multipart body at all, and it has no boundary line in it");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Upload_FileCutBeforeItsClosingBoundary_Is400ValidationFailed()
    {
        var body = SortieIdSection(scenario.SortieId)
            + $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\n and the body stops here";

        var response = await UploadRawAsync(body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Upload_SortieIdFieldOver64Bytes_Is400ValidationFailed()
    {
        // A valid id once trimmed: only the length is wrong.
        var body = SortieIdSection(scenario.SortieId + new string(' ', 100)) + FileSection();

        var response = await UploadRawAsync(body);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed"))["errors"]!["sortieId"].Should().NotBeNull();
    }

    [Fact]
    public async Task Upload_SectionWithTwentyHeaders_Is400ValidationFailed()
    {
        var headers = string.Concat(Enumerable.Range(0, 20).Select(i => $"X-Extra-{i}: {i}\r\n"));
        var body = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"sortieId\"\r\n{headers}\r\n{scenario.SortieId}\r\n" + FileSection();

        var response = await UploadRawAsync(body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Upload_SectionWithAnOverlongHeader_Is400ValidationFailed()
    {
        var body = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"sortieId\"\r\nX-Long: {new string('x', 8 * 1024)}\r\n\r\n{scenario.SortieId}\r\n" + FileSection();

        var response = await UploadRawAsync(body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    private static string SortieIdSection(string sortieId) =>
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"sortieId\"\r\n\r\n{sortieId}\r\n";

    private static string FileSection() =>
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n{Encoding.ASCII.GetString(SampleFiles.Pdf())}\r\n--{Boundary}--\r\n";

    private Task<HttpResponseMessage> UploadRawAsync(string body)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        return scenario.Bob.Client.PostAsync("/messages/upload", content, TestContext.Current.CancellationToken);
    }
}
