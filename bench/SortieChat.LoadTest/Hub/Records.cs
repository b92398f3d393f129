using System.Buffers.Text;

namespace SortieChat.LoadTest.Hub;

/// <summary>
/// Just enough of the SignalR JSON protocol to measure: the message type, the <c>receiveMessage</c> target, the
/// tool's marker in a content, and an invocation id. Searching bytes keeps the generator off its own critical path;
/// the frames are the server's, written by System.Text.Json without spaces.
/// </summary>
internal static class Records
{
    public const byte Separator = 0x1e;

    private static ReadOnlySpan<byte> TypePrefix => "{\"type\":"u8;

    private static ReadOnlySpan<byte> ReceiveMessageTarget => "\"target\":\"receiveMessage\""u8;

    private static ReadOnlySpan<byte> Marker => "\"content\":\"~"u8;

    private static ReadOnlySpan<byte> InvocationIdPrefix => "\"invocationId\":\""u8;

    private static ReadOnlySpan<byte> ErrorProperty => "\"error\":"u8;

    public static int TypeOf(ReadOnlySpan<byte> record) =>
        record.StartsWith(TypePrefix) && record.Length > TypePrefix.Length ? record[TypePrefix.Length] - '0' : -1;

    public static bool IsReceiveMessage(ReadOnlySpan<byte> record) => record.IndexOf(ReceiveMessageTarget) >= 0;

    public static bool HasError(ReadOnlySpan<byte> record) => record.IndexOf(ErrorProperty) >= 0;

    /// <summary>Reads <c>~step.sender.number~</c> at the start of the content.</summary>
    public static bool TryReadMarker(ReadOnlySpan<byte> record, out int step, out int sender, out int number)
    {
        step = sender = number = 0;
        var at = record.IndexOf(Marker);
        if (at < 0)
        {
            return false;
        }

        var rest = record[(at + Marker.Length)..];
        return TryReadInt(ref rest, (byte)'.', out step) && TryReadInt(ref rest, (byte)'.', out sender) && TryReadInt(ref rest, (byte)'~', out number);
    }

    /// <summary>Reads the invocation id: <c>step.number</c> for sends; anything else is returned raw.</summary>
    public static ReadOnlySpan<byte> InvocationId(ReadOnlySpan<byte> record)
    {
        var at = record.IndexOf(InvocationIdPrefix);
        if (at < 0)
        {
            return default;
        }

        var rest = record[(at + InvocationIdPrefix.Length)..];
        var end = rest.IndexOf((byte)'"');
        return end < 0 ? default : rest[..end];
    }

    public static bool TryReadSendId(ReadOnlySpan<byte> id, out int step, out int number)
    {
        number = 0;
        return TryReadInt(ref id, (byte)'.', out step) && Utf8Parser.TryParse(id, out number, out var used) && used == id.Length;
    }

    private static bool TryReadInt(ref ReadOnlySpan<byte> text, byte terminator, out int value)
    {
        if (!Utf8Parser.TryParse(text, out value, out var used) || used >= text.Length || text[used] != terminator)
        {
            return false;
        }

        text = text[(used + 1)..];
        return true;
    }
}
