namespace SortieChat.Api.Http;

/// <summary>Reads through to a request body and throws a 413 <see cref="BadHttpRequestException"/> past <paramref name="maxBytes"/>.</summary>
internal sealed class CappedStream(Stream inner, long maxBytes) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int justRead)
    {
        read += justRead;
        return read <= maxBytes
            ? justRead
            : throw new BadHttpRequestException(HttpErrors.BodyOver(maxBytes), StatusCodes.Status413PayloadTooLarge);
    }
}
