using SortieChat.Infrastructure.Media;

namespace SortieChat.Infrastructure.Tests.Media;

public sealed class LocalMediaStoreTests : IDisposable
{
    private readonly LocalMediaStore store = new(Path.Combine(Path.GetTempPath(), "sortiechat-media-tests", Guid.NewGuid().ToString("N")));

    public void Dispose()
    {
        if (Directory.Exists(store.Root))
        {
            Directory.Delete(store.Root, recursive: true);
        }
    }

    [Fact]
    public async Task Save_AFile_IssuesAnUnguessableUrlWhoseBytesAreStored()
    {
        var url = await store.SaveAsync(new MemoryStream([1, 2, 3]), ".PNG", TestContext.Current.CancellationToken);

        url.Should().MatchRegex("^/media/[0-9a-f]{32}\\.png$");
        (await store.IsIssuedAsync(url, TestContext.Current.CancellationToken)).Should().BeTrue();
        store.TryGetPath(url, out var path).Should().BeTrue();
        (await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)).Should().Equal(1, 2, 3);
        Directory.GetFiles(store.Root).Should().ContainSingle("the temporary file is moved into place");
    }

    [Fact]
    public async Task Delete_AnIssuedUrl_RemovesTheFile()
    {
        var url = await store.SaveAsync(new MemoryStream([1]), "pdf", TestContext.Current.CancellationToken);

        await store.DeleteAsync(url, TestContext.Current.CancellationToken);

        (await store.IsIssuedAsync(url, TestContext.Current.CancellationToken)).Should().BeFalse();
    }

    [Theory]
    [InlineData("https://example.com/media/0123456789abcdef0123456789abcdef.png")]
    [InlineData("/media/../../etc/passwd")]
    [InlineData("/media/0123456789abcdef0123456789abcdef.png")]
    [InlineData("")]
    public async Task IsIssued_AUrlThisStoreDidNotIssue_IsFalse(string url)
    {
        (await store.IsIssuedAsync(url, TestContext.Current.CancellationToken)).Should().BeFalse();
    }
}
