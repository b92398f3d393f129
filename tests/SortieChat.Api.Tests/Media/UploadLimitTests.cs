using System.Net;
using System.Net.Http.Headers;
using SortieChat.Api.Tests.Support;

namespace SortieChat.Api.Tests.Media;

/// <summary>Size limits per type, enforced while the file streams in.</summary>
public sealed class UploadLimitTests : IAsyncLifetime
{
    private const int OneMiB = 1_048_576;
    private Scenario scenario = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> limited = null!;
    private HttpClient bob = null!;

    public async ValueTask InitializeAsync()
    {
        scenario = await Scenario.StartAsync();
        limited = scenario.Factory.With(("Media:MaxFileMiB", "1"), ("Media:MaxImageMiB", "1"));
        bob = limited.CreateClient();
        bob.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Bob.Token);
    }

    public async ValueTask DisposeAsync()
    {
        bob.Dispose();
        await limited.DisposeAsync();
        await scenario.DisposeAsync();
    }

    [Fact]
    public async Task File_AtTheLimit_IsAccepted_AndOneByteOver_Is413()
    {
        var atLimit = await bob.PostAsync("/messages/upload", UploadHttpTests.Form(scenario.SortieId, Pdf(OneMiB), "a.pdf"), TestContext.Current.CancellationToken);
        var over = await bob.PostAsync("/messages/upload", UploadHttpTests.Form(scenario.SortieId, Pdf(OneMiB + 1), "b.pdf"), TestContext.Current.CancellationToken);

        (await atLimit.ShouldBeAsync(HttpStatusCode.Created)).Long("fileSize").Should().Be(OneMiB);
        await over.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "file_too_large");
    }

    [Fact]
    public async Task AMuchLargerFile_IsRefusedWithoutReadingItAll()
    {
        // A real socket: the test host's in-memory pipe reads everything whatever the server does.
        await using var kestrel = new ApiFactory(scenario.Factory.Directory) { KeepDirectory = true };
        using var client = new HttpClient { BaseAddress = kestrel.StartKestrel() };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", scenario.Bob.Token);
        var content = new CountingContent(Pdf(64), 200 * OneMiB);
        var form = new MultipartFormDataContent { { new StringContent(scenario.SortieId), "sortieId" }, { content, "file", "huge.pdf" } };

        // The server answers 413 and closes the connection: a client still sending sees either the answer or the close.
        try
        {
            var response = await client.PostAsync("/messages/upload", form, TestContext.Current.CancellationToken);
            await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "file_too_large");
        }
        catch (HttpRequestException exception) when (exception.InnerException is IOException)
        {
        }

        content.Written.Should().BeLessThan(50L * OneMiB, "the server stops reading soon after the 25 MiB limit of a file");
    }

    private static byte[] Pdf(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>Streams a header then zeros up to a size, counting what the server actually pulled.</summary>
    private sealed class CountingContent(byte[] header, long size) : HttpContent
    {
        public long Written { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(header);
            Written = header.Length;
            var chunk = new byte[64 * 1024];
            try
            {
                while (Written < size)
                {
                    await stream.WriteAsync(chunk);
                    Written += chunk.Length;
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The server closed the body: exactly what the test wants to see.
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
