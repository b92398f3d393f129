using Microsoft.Extensions.Options;
using SortieChat.Infrastructure.Media;

namespace SortieChat.Infrastructure.Tests.Media;

/// <summary>Alone in its collection: it counts the bytes the whole process allocates while one upload is ingested.</summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class AllocationCountingCollection;

[Collection(typeof(AllocationCountingCollection))]
public sealed class TextUploadMemoryTests : IDisposable
{
    private const int TwentyMiB = 20 * 1_048_576;
    private readonly LocalMediaStore store = new(Path.Combine(Path.GetTempPath(), "sortiechat-text-tests", Guid.NewGuid().ToString("N")));

    public void Dispose()
    {
        if (Directory.Exists(store.Root))
        {
            Directory.Delete(store.Root, recursive: true);
        }
    }

    [Fact]
    public async Task Ingest_ATwentyMiBTextFile_IsCheckedWithoutHoldingItInMemory()
    {
        var ingestor = new MediaIngestor(store, new LocalMediaBackend(store), new ThumbnailMaker(1), Options.Create(new MediaOptions()));
        var line = "a line of plain text, and some more of it\n"u8.ToArray();
        var text = new MemoryStream(Enumerable.Repeat(line, TwentyMiB / line.Length).SelectMany(b => b).ToArray());
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var ingested = await ingestor.IngestAsync(text, "notes.txt", long.MaxValue, TestContext.Current.CancellationToken);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        ingested.Value.Media.MimeType.Should().Be("text/plain");
        allocated.Should().BeLessThan(4 * 1_048_576, "the text is read in pieces, not whole (it would take 20 MiB of bytes and 40 of characters)");
    }
}
