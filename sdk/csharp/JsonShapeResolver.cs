using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;

namespace SortieChat.Client;

/// <summary>
/// MessagePack in the server's JSON contract (camelCase keys, string enums, ISO dates), as the server writes it: each
/// value takes its System.Text.Json shape (the generated types say their wire names) and is then converted to
/// MessagePack, and back. MessagePack's own resolvers would use the C# names.
/// </summary>
internal sealed class JsonShapeResolver : IFormatterResolver
{
    public static readonly JsonShapeResolver Instance = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IMessagePackFormatter<T>? GetFormatter<T>() => Formatter<T>.Instance;

    private sealed class Formatter<T> : IMessagePackFormatter<T>
    {
        public static readonly Formatter<T> Instance = new();

        public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options) =>
            writer.WriteRaw(MessagePackSerializer.ConvertFromJson(JsonSerializer.Serialize(value, Json), options));

        public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
            JsonSerializer.Deserialize<T>(MessagePackSerializer.ConvertToJson(reader.ReadRaw(), options), Json)!;
    }
}
