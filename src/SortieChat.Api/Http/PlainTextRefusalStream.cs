using System.Text;

namespace SortieChat.Api.Http;

/// <summary>
/// Passes writes through until told to capture: then it keeps the first bytes of a plain-text refusal instead, for
/// <see cref="HubTransportProblems"/> to answer in their place.
/// </summary>
internal sealed class PlainTextRefusalStream(Stream inner) : Stream
{
    private const int MaxSentenceBytes = 512;
    private MemoryStream? captured;

    public string? Captured => captured is null ? null : Encoding.UTF8.GetString(captured.GetBuffer(), 0, (int)captured.Length).Trim();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public void CaptureInsteadOfWriting() => captured ??= new MemoryStream();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!Capture(buffer))
        {
            inner.Write(buffer);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        Capture(buffer.Span) ? ValueTask.CompletedTask : inner.WriteAsync(buffer, cancellationToken);

    public override void Flush()
    {
        if (captured is null)
        {
            inner.Flush();
        }
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => captured is null ? inner.FlushAsync(cancellationToken) : Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            captured?.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool Capture(ReadOnlySpan<byte> buffer)
    {
        if (captured is null)
        {
            return false;
        }

        captured.Write(buffer[..(int)Math.Min(buffer.Length, Math.Max(0, MaxSentenceBytes - captured.Length))]);
        return true;
    }
}
