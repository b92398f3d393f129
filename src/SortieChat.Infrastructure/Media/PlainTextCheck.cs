using System.Text;

namespace SortieChat.Infrastructure.Media;

/// <summary>
/// Plain UTF-8 text, checked piece by piece as it is read, so that a file of any size costs one buffer: no NUL and
/// no control characters but tab and line breaks, nothing that starts like markup, no <c>&lt;script</c> anywhere
/// (also across two pieces).
/// </summary>
public sealed class PlainTextCheck
{
    private const string Script = "<script";

    private readonly Decoder decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
    private readonly char[] tail = new char[Script.Length - 1];
    private char[] chars = [];
    private int tailLength;
    private bool isFirstPiece = true;
    private bool hasText;
    private bool failed;

    /// <summary>The whole of a file, read <paramref name="pieceSize"/> bytes at a time.</summary>
    public static async Task<bool> IsPlainTextAsync(Stream content, CancellationToken cancellationToken, int pieceSize = 64 * 1024)
    {
        var check = new PlainTextCheck();
        var buffer = new byte[pieceSize];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (!check.Add(buffer.AsSpan(0, read), isLast: false))
            {
                return false;
            }
        }

        return check.Add([], isLast: true);
    }

    /// <summary>False once the text seen so far is not plain; <paramref name="isLast"/> says that an unfinished character is an error.</summary>
    public bool Add(ReadOnlySpan<byte> piece, bool isLast)
    {
        if (isFirstPiece)
        {
            isFirstPiece = false;
            piece = piece.StartsWith(Utf8Bom) ? piece[3..] : piece;
        }

        failed = failed || !Check(piece, isLast);
        return !failed;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private bool Check(ReadOnlySpan<byte> piece, bool isLast)
    {
        // Room for the end of the previous piece first, so that "<script" cut in two is still found.
        // Up to two more characters than bytes: those of a character the previous piece cut.
        if (chars.Length < tail.Length + piece.Length + 2)
        {
            chars = new char[tail.Length + piece.Length + 2];
        }

        tail.AsSpan(0, tailLength).CopyTo(chars);
        int count;
        try
        {
            count = decoder.GetChars(piece, chars.AsSpan(tailLength), flush: isLast);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var text = chars.AsSpan(tailLength, count);
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                return false;
            }
        }

        if (!hasText && text.TrimStart() is { Length: > 0 } start)
        {
            hasText = true;
            if (start[0] == '<')
            {
                return false;
            }
        }

        var seen = chars.AsSpan(0, tailLength + count);
        if (seen.IndexOf(Script, StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return false;
        }

        tailLength = Math.Min(tail.Length, seen.Length);
        seen[^tailLength..].CopyTo(tail);
        return true;
    }
}
