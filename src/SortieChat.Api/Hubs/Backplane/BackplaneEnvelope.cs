using System.Text;
using Microsoft.AspNetCore.SignalR;

namespace SortieChat.Api.Hubs.Backplane;

/// <summary>
/// One message on the backplane channel: who sent it, what it addresses, and for an invocation its bytes in every
/// hub protocol (serialized once by the sender, written as they are by each receiver).
/// </summary>
internal sealed record BackplaneEnvelope(
    Guid Origin, BackplaneTarget Target, IReadOnlyList<string> Keys, IReadOnlyList<string> Excluded, IReadOnlyList<SerializedMessage> Messages)
{
    private const byte Version = 1;

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(Origin.ToByteArray());
            writer.Write((byte)Target);
            WriteStrings(writer, Keys);
            WriteStrings(writer, Excluded);
            writer.Write7BitEncodedInt(Messages.Count);
            foreach (var message in Messages)
            {
                writer.Write(message.ProtocolName);
                writer.Write7BitEncodedInt(message.Serialized.Length);
                writer.Write(message.Serialized.Span);
            }
        }

        return stream.ToArray();
    }

    /// <summary>Null for an envelope of another version (an instance of another release during a rolling update).</summary>
    public static BackplaneEnvelope? Read(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        if (reader.ReadByte() != Version)
        {
            return null;
        }

        var origin = new Guid(reader.ReadBytes(16));
        var target = (BackplaneTarget)reader.ReadByte();
        var keys = ReadStrings(reader);
        var excluded = ReadStrings(reader);
        var messages = new SerializedMessage[reader.Read7BitEncodedInt()];
        for (var i = 0; i < messages.Length; i++)
        {
            var protocol = reader.ReadString();
            messages[i] = new SerializedMessage(protocol, reader.ReadBytes(reader.Read7BitEncodedInt()));
        }

        return new BackplaneEnvelope(origin, target, keys, excluded, messages);
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write7BitEncodedInt(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[reader.Read7BitEncodedInt()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.ReadString();
        }

        return values;
    }
}
