namespace SortieChat.Api.Http;

/// <summary>Reads through to a request body and throws a 413 <see cref="BadHttpRequestException"/> past <paramref name="maxBytes"/>.</summary>
internal sealed class CappedStream(Stream inner, long maxBytes) : ReadThroughStream(inner)
{
    private long read;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var justRead = await Inner.ReadAsync(buffer, cancellationToken);
        read += justRead;
        return read <= maxBytes
            ? justRead
            : throw new BadHttpRequestException(HttpErrors.BodyOver(maxBytes), StatusCodes.Status413PayloadTooLarge);
    }
}
