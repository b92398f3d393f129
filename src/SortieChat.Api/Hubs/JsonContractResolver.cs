using System.Text.Json;
using System.Text.Json.Nodes;
using MessagePack;
using MessagePack.Formatters;
using SortieChat.Api.Http;

namespace SortieChat.Api.Hubs;

/// <summary>
/// MessagePack with the JSON contract: every value goes through the same System.Text.Json shape as the JSON
/// protocol (camelCase keys, string enums, ISO dates), then becomes a MessagePack map, array or scalar.
/// MessagePack's own contractless resolver would write PascalCase keys.
/// </summary>
internal sealed class JsonContractResolver : IFormatterResolver
{
    public static readonly JsonContractResolver Instance = new();

    private static readonly JsonSerializerOptions Json = CreateJsonOptions();

    public IMessagePackFormatter<T>? GetFormatter<T>() => Formatter<T>.Instance;

    private static JsonSerializerOptions CreateJsonOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonSetup.Configure(options);
        return options;
    }

    private sealed class Formatter<T> : IMessagePackFormatter<T>
    {
        public static readonly Formatter<T> Instance = new();

        public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options)
        {
            // Through UTF-8 and a pooled JsonDocument rather than a JsonNode tree: half the allocations (SerializationBenchmarks).
            using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(value, Json));
            Write(ref writer, document.RootElement);
        }

        public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
            Read(ref reader, options.Security) is { } node ? node.Deserialize<T>(Json)! : default!;
    }

    private static void Write(ref MessagePackWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteMapHeader(CountProperties(element));
                foreach (var property in element.EnumerateObject())
                {
                    writer.Write(property.Name);
                    Write(ref writer, property.Value);
                }

                break;
            case JsonValueKind.Array:
                writer.WriteArrayHeader(element.GetArrayLength());
                foreach (var child in element.EnumerateArray())
                {
                    Write(ref writer, child);
                }

                break;
            default:
                WriteScalar(ref writer, element);
                break;
        }
    }

    private static int CountProperties(JsonElement element)
    {
        var count = 0;
        foreach (var _ in element.EnumerateObject())
        {
            count++;
        }

        return count;
    }

    private static void WriteScalar(ref MessagePackWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                writer.Write(element.GetString());
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var integer):
                writer.Write(integer);
                break;
            case JsonValueKind.Number:
                writer.Write(element.GetDouble());
                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.Write(element.GetBoolean());
                break;
            default:
                writer.WriteNil();
                break;
        }
    }

    /// <summary>
    /// Maps and arrays step the reader's depth through <paramref name="security"/>, so that a hostile frame nested
    /// past <see cref="MessagePackSecurity.MaximumObjectGraphDepth"/> is refused before it can overflow the stack.
    /// </summary>
    private static JsonNode? Read(ref MessagePackReader reader, MessagePackSecurity security)
    {
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Nil:
                reader.ReadNil();
                return null;
            case MessagePackType.Map:
                security.DepthStep(ref reader);
                var count = reader.ReadMapHeader();
                var obj = new JsonObject();
                for (var i = 0; i < count; i++)
                {
                    var key = reader.ReadString() ?? string.Empty;
                    obj[key] = Read(ref reader, security);
                }

                reader.Depth--;
                return obj;
            case MessagePackType.Array:
                security.DepthStep(ref reader);
                var length = reader.ReadArrayHeader();
                var array = new JsonArray();
                for (var i = 0; i < length; i++)
                {
                    array.Add(Read(ref reader, security));
                }

                reader.Depth--;
                return array;
            case MessagePackType.String:
                return JsonValue.Create(reader.ReadString());
            case MessagePackType.Boolean:
                return JsonValue.Create(reader.ReadBoolean());
            case MessagePackType.Float:
                return JsonValue.Create(reader.ReadDouble());
            case MessagePackType.Integer:
                return JsonValue.Create(reader.ReadInt64());
            default:
                throw new MessagePackSerializationException($"A {reader.NextMessagePackType} value has no JSON counterpart.");
        }
    }
}
